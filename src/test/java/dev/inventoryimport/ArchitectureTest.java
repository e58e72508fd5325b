package dev.inventoryimport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.inventoryimport.imports.Import;
import dev.inventoryimport.imports.report.InventoryLogEntry;
import dev.inventoryimport.requests.Request;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The shape of {@code src/main/java}: features along the data's path, each arrow pointing down it
 * (intake, requests, queue, imports, stock), adjustment and settings beside it, the console and the
 * monitoring reading everything and read by nothing, platform depending on no feature.
 */
@AnalyzeClasses(packages = "dev.inventoryimport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"..intake..", "..requests..", "..queue..", "..imports..",
            "..stock..", "..adjustment..", "..admin..", "..monitoring..", "..settings.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.inventoryimport.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideFeatures =
            slices().matching("dev.inventoryimport.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule arrowsPointDownThePipeline = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("intake").definedBy("dev.inventoryimport.intake..")
            .layer("requests").definedBy("dev.inventoryimport.requests..")
            .layer("queue").definedBy("dev.inventoryimport.queue..")
            .layer("imports").definedBy("dev.inventoryimport.imports..")
            .layer("stock").definedBy("dev.inventoryimport.stock..")
            .layer("adjustment").definedBy("dev.inventoryimport.adjustment..")
            .layer("settings").definedBy("dev.inventoryimport.settings..")
            .layer("admin").definedBy("dev.inventoryimport.admin..")
            .layer("monitoring").definedBy("dev.inventoryimport.monitoring..")
            .whereLayer("admin").mayNotBeAccessedByAnyLayer()
            .whereLayer("monitoring").mayNotBeAccessedByAnyLayer()
            .whereLayer("intake").mayOnlyBeAccessedByLayers("admin", "monitoring")
            .whereLayer("requests").mayOnlyBeAccessedByLayers("intake", "queue", "imports", "admin", "monitoring")
            .whereLayer("queue").mayOnlyBeAccessedByLayers("intake", "admin", "monitoring")
            .whereLayer("imports").mayOnlyBeAccessedByLayers("queue", "admin", "monitoring")
            .whereLayer("adjustment").mayOnlyBeAccessedByLayers("imports", "admin", "monitoring")
            .whereLayer("stock").mayOnlyBeAccessedByLayers("imports", "adjustment", "admin", "monitoring");

    @ArchTest
    static final ArchRule platformIsWiringOnly = noClasses().that().resideInAPackage("dev.inventoryimport.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    /** Tables written in plain JDBC keep only read-only entities, for the console's JPQL searches (decision 10). */
    @ArchTest
    static final ArchRule entitiesOfTablesWrittenInJdbcAreReadOnly = classes()
            .that().belongToAnyOf(Request.class, Import.class, InventoryLogEntry.class)
            .and().areTopLevelClasses()
            .should().beAnnotatedWith(ReadOnly.class);
}
