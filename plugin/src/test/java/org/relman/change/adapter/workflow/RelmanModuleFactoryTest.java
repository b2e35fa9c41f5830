package org.relman.change.adapter.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelmanModuleFactoryTest {

    @Test
    void eachFactoryIsTheKindJirasWorkflowEditorExpects() {
        assertThat(new CabDecisionApprovedValidatorFactory()).isInstanceOf(WorkflowPluginValidatorFactory.class);
        assertThat(new MayVoteConditionFactory()).isInstanceOf(WorkflowPluginConditionFactory.class);
        assertThat(new OpenVotingRoundFunctionFactory()).isInstanceOf(WorkflowPluginFunctionFactory.class);
    }

    @Test
    void storesOnlyTheArgumentVersionWhateverTheFormSends() {
        Map<String, Object> form = Map.of("relmanArgs", new String[] {"99"}, "evil", new String[] {"<script>"});

        assertThat(new OpenVotingRoundFunctionFactory().getDescriptorParams(form)).isEqualTo(Map.of("relmanArgs", "1"));
    }

    @Test
    void viewShowsTheStoredVersionAndWarnsWhenItIsNotCurrent() {
        ValidatorDescriptor current = mock(ValidatorDescriptor.class);
        when(current.getArgs()).thenReturn(Map.of("class.name", "x", "relmanArgs", "1"));
        FunctionDescriptor imported = mock(FunctionDescriptor.class);
        when(imported.getArgs()).thenReturn(Map.of("class.name", "x"));

        Map<String, Object> view = new HashMap<>();
        new CabDecisionApprovedValidatorFactory().getVelocityParamsForView(view, current);
        Map<String, Object> old = new HashMap<>();
        new OpenVotingRoundFunctionFactory().getVelocityParamsForView(old, imported);

        assertThat(view).containsEntry("storedArgsVersion", "1").containsEntry("outdated", false);
        assertThat(old).containsEntry("storedArgsVersion", "none").containsEntry("outdated", true);
    }

    @Test
    void inputAndEditOfferTheCurrentVersion() {
        ConditionDescriptor stored = mock(ConditionDescriptor.class);
        when(stored.getArgs()).thenReturn(Map.of("relmanArgs", "0"));
        Map<String, Object> input = new HashMap<>();
        Map<String, Object> edit = new HashMap<>();

        new MayVoteConditionFactory().getVelocityParamsForInput(input);
        new MayVoteConditionFactory().getVelocityParamsForEdit(edit, stored);

        assertThat(input).isEqualTo(Map.of("argsVersion", "1"));
        assertThat(edit).isEqualTo(Map.of("argsVersion", "1", "storedArgsVersion", "0"));
    }
}
