package org.leadercontacts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package map of docs/architecture.md, kept: no cycles between packages, and the domain never depends on what is built
 * above it (search, editing, live updates, the HTTP front door, the GraphQL engine's hooks, seeding).
 */
class ArchitectureTests {

    static final String[] DOMAIN = { "org.leadercontacts.store..", "org.leadercontacts.common..",
            "org.leadercontacts.source..", "org.leadercontacts.leader..", "org.leadercontacts.topic..",
            "org.leadercontacts.conversation..", "org.leadercontacts.statement.." };
    static final String[] ABOVE_THE_DOMAIN = { "org.leadercontacts.search..", "org.leadercontacts.editing..",
            "org.leadercontacts.live..", "org.leadercontacts.changes..", "org.leadercontacts.http..",
            "org.leadercontacts.graphql..", "org.leadercontacts.seed..", "org.leadercontacts.synthetic..",
            "org.leadercontacts.health..", "org.leadercontacts.metrics..", "org.leadercontacts.bench.." };

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leadercontacts");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.leadercontacts.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theDomainDependsOnNothingAboveIt() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(ABOVE_THE_DOMAIN)
                .check(MAIN);
    }

    @Test
    void theStoreRevisionIsTheBottomLayer() {
        noClasses().that().resideInAPackage("org.leadercontacts.store..").should().dependOnClassesThat(
                resideInAPackage("org.leadercontacts..").and(not(resideInAPackage("org.leadercontacts.store.."))))
                .check(MAIN);
    }
}
