package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RfcJiraSetupTest {
    private final FakeJira jira = new FakeJira();

    @Test
    void aFreshJiraGetsTheIssueTypesTheWorkflowStatusesAndTheRfcFields() {
        SetupReport report = jira.node().runOnce().orElseThrow();

        assertThat(report.problems()).isEmpty();
        assertThat(jira.issueTypeNames()).containsExactly("RFC", "Release");
        assertThat(jira.issueTypes).allSatisfy(type -> assertThat(type.avatarId()).isEqualTo(10300L));
        assertThat(jira.statuses).extracting(FakeJira.JiraStatus::name)
                .containsExactlyInAnyOrder(Arrays.stream(RfcStatus.values()).map(RfcStatus::statusName).toArray(String[]::new));
        assertThat(jira.statuses).filteredOn(s -> s.name().equals("Under CAB Review"))
                .extracting(FakeJira.JiraStatus::category).containsExactly("indeterminate");
        assertThat(jira.fields).extracting(FakeJira.Field::name)
                .containsExactly(Arrays.stream(RfcField.values()).map(RfcField::fieldName).toArray(String[]::new));
        assertThat(report.created()).contains("issue type RFC", "status Under CAB Review", "field RFC backout plan")
                .doesNotContain("status Closed");
    }

    @Test
    void fieldsHaveTheirJiraTypeAndApplyOnlyToRfcs() {
        jira.node().runOnce();

        FakeJira.Field owner = jira.field(RfcField.CHANGE_OWNER);
        assertThat(owner.typeKey()).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:userpicker");
        assertThat(owner.searcherKey()).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:userpickergroupsearcher");
        assertThat(jira.field(RfcField.WINDOW_START).typeKey()).endsWith(":datetime");
        assertThat(jira.field(RfcField.TEST_PLAN).typeKey()).endsWith(":textarea");
        assertThat(jira.fields).allSatisfy(field -> {
            assertThat(field.contexts()).containsExactly((Object) GlobalIssueContext.getInstance());
            assertThat(field.issueTypes()).extracting(type -> ((FakeJira.Type) type).name()).containsExactly("RFC");
        });
    }

    @Test
    void selectListsGetTheirValuesInOrder() {
        jira.node().runOnce();

        assertThat(jira.options).filteredOn(o -> o.fieldName().equals("RFC change type"))
                .extracting(FakeJira.FieldOption::value, FakeJira.FieldOption::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Standard", 1L), org.assertj.core.groups.Tuple.tuple("Normal", 2L),
                        org.assertj.core.groups.Tuple.tuple("Emergency", 3L), org.assertj.core.groups.Tuple.tuple("Major", 4L));
        assertThat(jira.options).filteredOn(o -> o.fieldName().equals("RFC risk")).extracting(FakeJira.FieldOption::value)
                .containsExactly("Low", "Medium", "High");
    }

    @Test
    void reEnablingOrUpgradingCreatesNothingTwice() {
        jira.node().runOnce();
        int options = jira.options.size();

        SetupReport again = jira.node().runOnce().orElseThrow();

        assertThat(again.created()).isEmpty();
        assertThat(again.problems()).isEmpty();
        assertThat(jira.issueTypes).hasSize(2);
        assertThat(jira.statuses).hasSize(RfcStatus.values().length);
        assertThat(jira.fields).hasSize(RfcField.values().length);
        assertThat(jira.options).hasSize(options);
    }

    @Test
    void anExistingStatusOrIssueTypeOfTheSameNameInAnyCaseIsReused() {
        jira.statuses.add(new FakeJira.JiraStatus("10", "APPROVED", "from Jira Service Management", "done"));
        jira.issueTypes.add(new FakeJira.Type("7", "rfc", "made by hand", 1L));

        SetupReport report = jira.node().runOnce().orElseThrow();

        assertThat(jira.statuses).filteredOn(s -> s.name().equalsIgnoreCase("Approved")).hasSize(1);
        assertThat(jira.issueTypeNames()).containsExactly("rfc", "Release");
        assertThat(report.found()).contains("status Approved", "issue type RFC");
    }

    @Test
    void twoNodesEnablingAtOnceCreateEachThingOnce() throws Exception {
        List<Callable<Optional<SetupReport>>> nodes = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            RfcJiraSetup node = jira.node();
            nodes.add(() -> {
                start.await();
                return node.runOnce();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<SetupReport>>> results = new ArrayList<>();
            for (Callable<Optional<SetupReport>> node : nodes) {
                results.add(pool.submit(node));
            }
            start.countDown();
            List<Optional<SetupReport>> reports = new ArrayList<>();
            for (Future<Optional<SetupReport>> result : results) {
                reports.add(result.get());
            }

            assertThat(reports).filteredOn(Optional::isPresent).as("exactly one node ran the setup").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jira.issueTypeNames()).containsExactly("RFC", "Release");
        assertThat(jira.fields).hasSize(RfcField.values().length);
    }

    @Test
    void whatCannotBeCreatedIsReportedWithTheManualStepAndTheRestIsStillDone() {
        jira.missingFieldTypes.add(RfcField.Kind.DATE_TIME.typeKey());

        SetupReport report = jira.node().runOnce().orElseThrow();

        assertThat(report.problems()).hasSize(2).allSatisfy(problem ->
                assertThat(problem).contains("RFC requested window").contains("create it by hand"));
        assertThat(jira.fields).hasSize(RfcField.values().length - 2);
    }

    @Test
    void withoutJirasDefaultIssueTypeIconNoIssueTypeAndNoFieldsAreCreated() {
        jira.properties.clear();

        SetupReport report = jira.node().runOnce().orElseThrow();

        assertThat(jira.issueTypes).isEmpty();
        assertThat(jira.fields).isEmpty();
        assertThat(report.problems()).anySatisfy(problem -> assertThat(problem).contains("issue type RFC not created"))
                .anySatisfy(problem -> assertThat(problem).contains("RFC fields not created"));
        assertThat(jira.statuses).hasSize(RfcStatus.values().length);
    }
}
