package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped RFC workflow (workflows/relman-rfc-workflow.xml) read as Jira's OSWorkflow loader reads
 * it: steps, their actions and where each leads, and the classes it names.
 */
class RfcWorkflowDefinitionTest {
    private static Document workflow;
    private static final Map<String, String> stepNames = new LinkedHashMap<>();
    private static final Map<String, List<String[]>> actionsByStep = new HashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        workflow = parse(RfcWorkflowXml.template());
        NodeList steps = workflow.getElementsByTagName("step");
        for (int i = 0; i < steps.getLength(); i++) {
            Element step = (Element) steps.item(i);
            stepNames.put(step.getAttribute("id"), step.getAttribute("name"));
            List<String[]> actions = new ArrayList<>();
            NodeList stepActions = step.getElementsByTagName("action");
            for (int j = 0; j < stepActions.getLength(); j++) {
                Element action = (Element) stepActions.item(j);
                Element result = (Element) action.getElementsByTagName("unconditional-result").item(0);
                actions.add(new String[] {action.getAttribute("name"), result.getAttribute("step")});
            }
            actionsByStep.put(step.getAttribute("id"), actions);
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every step's jira.status.id, in step order. */
    static List<String> statusIdsOf(String xml) throws Exception {
        List<String> ids = new ArrayList<>();
        NodeList metas = parse(xml).getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals("jira.status.id")) {
                ids.add(meta.getTextContent());
            }
        }
        return ids;
    }

    private static String initialStep() {
        Element create = (Element) workflow.getElementsByTagName("initial-actions").item(0);
        return ((Element) create.getElementsByTagName("unconditional-result").item(0)).getAttribute("step");
    }

    private static Set<String> reachableFrom(String stepId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(stepId));
        while (!todo.isEmpty()) {
            String step = todo.pop();
            if (seen.add(step)) {
                actionsByStep.getOrDefault(step, List.of()).forEach(action -> todo.push(action[1]));
            }
        }
        return seen;
    }

    private static String stepId(RfcStatus status) {
        return stepNames.entrySet().stream().filter(e -> e.getValue().equals(status.statusName())).findFirst().orElseThrow().getKey();
    }

    private static boolean leads(RfcStatus from, RfcStatus to) {
        return actionsByStep.get(stepId(from)).stream().anyMatch(action -> action[1].equals(stepId(to)));
    }

    @Test
    void hasOneStepPerRfcStatusEachNamingItsStatus() throws Exception {
        assertThat(stepNames.values()).containsExactly(Arrays.stream(RfcStatus.values()).map(RfcStatus::statusName).toArray(String[]::new));
        assertThat(statusIdsOf(RfcWorkflowXml.template()))
                .containsExactly(Arrays.stream(RfcStatus.values()).map(s -> "@status:" + s.statusName() + "@").toArray(String[]::new));
    }

    @Test
    void everyStatusIsReachableFromCreateAndEveryStepCanReachClosed() {
        assertThat(stepNames.get(initialStep())).isEqualTo("Draft");
        assertThat(reachableFrom(initialStep())).containsExactlyInAnyOrderElementsOf(stepNames.keySet());
        for (String step : stepNames.keySet()) {
            assertThat(reachableFrom(step)).as("Closed is reachable from " + stepNames.get(step)).contains(stepId(RfcStatus.CLOSED));
        }
    }

    @Test
    void followsTheRfcLifeOfRequirement12() {
        RfcStatus[] life = {RfcStatus.DRAFT, RfcStatus.SUBMITTED, RfcStatus.UNDER_CAB_REVIEW, RfcStatus.APPROVED,
                RfcStatus.SCHEDULED, RfcStatus.IMPLEMENTED, RfcStatus.CHANGE_REVIEW, RfcStatus.CLOSED};
        for (int i = 1; i < life.length; i++) {
            assertThat(leads(life[i - 1], life[i])).as(life[i - 1] + " -> " + life[i]).isTrue();
        }
        assertThat(leads(RfcStatus.UNDER_CAB_REVIEW, RfcStatus.REJECTED)).isTrue();
        assertThat(leads(RfcStatus.UNDER_CAB_REVIEW, RfcStatus.MORE_INFORMATION_NEEDED)).isTrue();
        assertThat(leads(RfcStatus.MORE_INFORMATION_NEEDED, RfcStatus.SUBMITTED)).as("answered RFCs are resubmitted").isTrue();
        assertThat(leads(RfcStatus.SUBMITTED, RfcStatus.APPROVED)).as("standard changes skip the CAB").isTrue();
    }

    @Test
    void everyWayIntoApprovedAsksTheCabDecisionAndEverySubmissionOpensARound() {
        NodeList actions = workflow.getElementsByTagName("action");
        for (int i = 0; i < actions.getLength(); i++) {
            Element action = (Element) actions.item(i);
            String target = ((Element) action.getElementsByTagName("unconditional-result").item(0)).getAttribute("step");
            String classes = action.getTextContent();
            if (target.equals(stepId(RfcStatus.APPROVED))) {
                assertThat(classes).as(action.getAttribute("name")).contains("CabDecisionApprovedValidator");
            }
            if (target.equals(stepId(RfcStatus.SUBMITTED))) {
                assertThat(classes).as(action.getAttribute("name")).contains("OpenVotingRoundFunction");
            }
        }
    }

    @Test
    void relmansModulesNamedInTheWorkflowExistAndAreTheRightKind() throws Exception {
        Map<String, Class<?>> expectedKind = Map.of("validator", Validator.class, "condition", Condition.class, "function", FunctionProvider.class);
        Set<String> used = new LinkedHashSet<>();
        NodeList args = workflow.getElementsByTagName("arg");
        for (int i = 0; i < args.getLength(); i++) {
            Element arg = (Element) args.item(i);
            String className = arg.getTextContent().strip();
            if (arg.getAttribute("name").equals("class.name") && className.startsWith("org.relman.")) {
                String module = ((Element) arg.getParentNode()).getTagName();
                assertThat(Class.forName(className)).as(className).isAssignableTo(expectedKind.get(module));
                used.add(className.substring(className.lastIndexOf('.') + 1));
            }
        }
        assertThat(used).containsExactlyInAnyOrder("OpenVotingRoundFunction", "CabDecisionApprovedValidator", "MayVoteCondition");
    }
}
