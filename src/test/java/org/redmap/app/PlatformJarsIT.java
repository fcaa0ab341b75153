package org.redmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runnable jar of each desktop, as {@code mvn package} leaves it in {@code target/}: it starts
 * redmap, and it carries the JavaFX natives of its own system and processor, and no other's. The
 * processor is read from each native's own header (ELF, Mach-O, PE), since the two Linux and the two
 * macOS builds share their file names.
 */
class PlatformJarsIT {

    private static final Path TARGET = Path.of("target");

    /** A platform's jar, the natives that open the window there, and the machine code they must be. */
    record Platform(String name, List<String> natives, Binary binary, int machine) {
    }

    enum Binary { ELF, MACH_O, PE }

    static Stream<Arguments> platforms() {
        List<String> linux = List.of("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libprism_es2.so", "libjavafx_font.so");
        List<String> mac = List.of("libglass.dylib", "libprism_sw.dylib", "libprism_es2.dylib", "libjavafx_font.dylib");
        return Stream.of(
                new Platform("win-x64", List.of("glass.dll", "prism_sw.dll", "prism_d3d.dll", "javafx_font.dll"), Binary.PE, 0x8664),
                new Platform("mac-x64", mac, Binary.MACH_O, 0x01000007),
                new Platform("mac-aarch64", mac, Binary.MACH_O, 0x0100000C),
                new Platform("linux-x64", linux, Binary.ELF, 0x3E),
                new Platform("linux-aarch64", linux, Binary.ELF, 0xB7)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void eachJarCarriesItsOwnPlatformsNativesBuiltForItsProcessorAndStartsRedmap(Platform platform) throws IOException {
        Path jar = TARGET.resolve("redmap-" + platform.name() + ".jar");
        assertThat(jar).isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.redmap.app.Launcher");
            assertThat(file.getEntry("org/redmap/app/Launcher.class")).isNotNull();
            assertThat(file.getEntry("org/redmap/ui/RedmapApp.class")).isNotNull();
            assertThat(file.getEntry("javafx/application/Application.class")).isNotNull();
            assertThat(file.getEntry("org/redmap/data/mexico-states.geojson")).isNotNull();
            for (String name : platform.natives()) {
                ZipEntry entry = file.getEntry(name);
                assertThat(entry).as(platform.name() + " lacks " + name).isNotNull();
                try (InputStream in = file.getInputStream(entry)) {
                    assertThat(machine(in.readNBytes(4096), platform.binary()))
                            .as(name + " in " + jar + " is built for another processor").isEqualTo(platform.machine());
                }
            }
            List<String> foreign = new ArrayList<>();
            file.stream().map(ZipEntry::getName).filter(n -> !n.contains("/"))
                    .filter(n -> n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))
                    .filter(n -> !n.endsWith(extension(platform.binary()))).forEach(foreign::add);
            assertThat(foreign).as("natives of another system in " + jar).isEmpty();
        }
    }

    @Test
    void theBuildMachinesJarAndItsPlatformsJarBothStart() throws Exception {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x64";
        String platform = (os.startsWith("Windows") ? "win" : os.startsWith("Mac") ? "mac" : "linux") + "-" + arch;
        for (Path jar : List.of(TARGET.resolve("redmap.jar"), TARGET.resolve("redmap-" + platform + ".jar"))) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(jar + " --version").isTrue();
            assertThat(new String(p.getInputStream().readAllBytes())).as(jar.toString()).contains("redmap ");
            assertThat(p.exitValue()).isZero();
        }
    }

    private static String extension(Binary binary) {
        return switch (binary) {
            case ELF -> ".so";
            case MACH_O -> ".dylib";
            case PE -> ".dll";
        };
    }

    /** The machine (processor) field of a native library's header. */
    static int machine(byte[] head, Binary binary) {
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        return switch (binary) {
            case ELF -> {
                assertThat(head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F').as("ELF magic").isTrue();
                yield Short.toUnsignedInt(b.getShort(18));
            }
            case MACH_O -> {
                assertThat(b.getInt(0)).as("64-bit Mach-O magic").isEqualTo(0xFEEDFACF);
                yield b.getInt(4);
            }
            case PE -> {
                assertThat(head[0] == 'M' && head[1] == 'Z').as("MZ magic").isTrue();
                int pe = b.getInt(0x3C);
                assertThat(b.getInt(pe)).as("PE signature").isEqualTo(0x00004550);
                yield Short.toUnsignedInt(b.getShort(pe + 4));
            }
        };
    }
}
