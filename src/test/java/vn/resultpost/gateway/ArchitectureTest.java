package vn.resultpost.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of the gateway: a framework-free canonical model, simulators kept apart. */
@AnalyzeClasses(packages = "vn.resultpost.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule canonicalModelImportsNoFramework = classes()
            .that().resideInAPackage("..canonical..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..canonical..")
            .because("the canonical model is the shared language and must not depend on Camel, Spring or adapters");

    @ArchTest
    static final ArchRule canonicalModelIsRecordsAndEnums = classes()
            .that().resideInAPackage("..canonical..").and().areNotInterfaces()
            .should().beRecords().orShould().beEnums();

    @ArchTest
    static final ArchRule productionCodeDoesNotUseSimulators = noClasses()
            .that().resideOutsideOfPackage("..simulator..")
            .should().dependOnClassesThat().resideInAPackage("..simulator..")
            .because("simulators can be switched off; production code must not need them");

    @ArchTest
    static final ArchRule coreDoesNotKnowOperatorAdapters = noClasses()
            .that().resideInAnyPackage("..intake..", "..tracking..", "..reporting..", "..store..", "..canonical..")
            .should().dependOnClassesThat().resideInAPackage("..operator.vnpost..")
            .because("operators sit behind the PostalOperator port");

    @ArchTest
    static final ArchRule operatorAdaptersDoNotDependOnEachOtherOrChannels = noClasses()
            .that().resideInAPackage("..operator..")
            .should().dependOnClassesThat().resideInAnyPackage("..channel..");
}
