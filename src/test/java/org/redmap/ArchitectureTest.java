package org.redmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the architecture notes, checked on the compiled product (tests left out):
 * a package that imports one above it, a cycle, or JavaFX outside the window fails the build.
 */
@AnalyzeClasses(packages = "org.redmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.redmap.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule javaFxOnlyInTheWindow = noClasses()
            .that().resideOutsideOfPackage("org.redmap.ui..")
            .and().doNotHaveFullyQualifiedName("org.redmap.app.GuiLauncher")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the model, the renderer and the command line run without a display");

    @ArchTest
    static final ArchRule modelDependsOnJtsOnly = classes()
            .that().resideInAPackage("org.redmap.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.redmap.model..", "java..",
                    "org.locationtech.jts..")
            .because("the model is plain records any part of redmap can hold");

    @ArchTest
    static final ArchRule documentBelowTheRenderer = noClasses()
            .that().resideInAnyPackage("org.redmap.model..", "org.redmap.project..")
            .should().dependOnClassesThat().resideInAnyPackage("org.redmap.render..", "org.redmap.export..")
            .because("the project describes what is drawn; the renderer and the exporters draw it");

    @ArchTest
    static final ArchRule nothingImportsTheEntryPoints = noClasses()
            .that().resideOutsideOfPackage("org.redmap.app..")
            .should().dependOnClassesThat().resideInAPackage("org.redmap.app..")
            .because("the command line and the launcher sit on top of everything else");

    @ArchTest
    static final ArchRule onlyTheEntryPointsUseTheWindow = noClasses()
            .that().resideOutsideOfPackages("org.redmap.ui..", "org.redmap.app..")
            .should().dependOnClassesThat().resideInAPackage("org.redmap.ui..");

    @ArchTest
    static final ArchRule readersDoNotDraw = noClasses()
            .that().resideInAnyPackage("org.redmap.io..", "org.redmap.geo..", "org.redmap.analysis..",
                    "org.redmap.tagging..", "org.redmap.annotate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.redmap.render..", "org.redmap.export..",
                    "org.redmap.project..");
}
