package org.relman.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Jira stays at the edges: a feature's domain and use cases can be read, tested and moved to another
 * host without Jira, Active Objects, JAX-RS or servlets.
 */
@AnalyzeClasses(packages = "org.relman", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    private static final String[] HOST_PACKAGES = {
            "com.atlassian..", "com.opensymphony..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..",
            "org.apache.velocity..", "org.relman.host.."};

    @ArchTest
    static final ArchRule domainAndAppImportNothingFromTheHost = noClasses()
            .that().resideInAnyPackage("org.relman..domain..", "org.relman..app..")
            .should().dependOnClassesThat().resideInAnyPackage(HOST_PACKAGES)
            .because("domain and app are plain Java; adapters turn Jira and database types into relman's records");

    @ArchTest
    static final ArchRule domainDependsOnNoAdapterOrUseCase = noClasses()
            .that().resideInAPackage("org.relman..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.relman..app..", "org.relman..adapter..")
            .because("rules and records know nothing of how they are stored or served");

    @ArchTest
    static final ArchRule useCasesDependOnNoAdapter = noClasses()
            .that().resideInAPackage("org.relman..app..")
            .should().dependOnClassesThat().resideInAPackage("org.relman..adapter..")
            .because("use cases talk to ports; adapters implement them");

    @ArchTest
    static final ArchRule entitiesStayInTheirAdapter = noClasses()
            .that().resideOutsideOfPackage("org.relman..adapter.ao..")
            .should().dependOnClassesThat().resideInAPackage("org.relman..adapter.ao..")
            .because("Active Objects entities and proxies never leave adapter.ao: repositories return records");
}
