package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.relman.change.app.Rounds;
import org.relman.platform.adapter.jira.JiraFixtures;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.IssueRef;

/** Jira's issue events reach the voting rounds for RFCs only, on behalf of the editor, and never fail the edit. */
class RfcEditListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final Rounds rounds = mock(Rounds.class);
    private final RfcEditListener listener = new RfcEditListener(events, new JiraRefs(mock(UserManager.class)), rounds);

    private static IssueEvent event(MutableIssue issue, String editorKey) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        if (editorKey != null) {
            ApplicationUser editor = mock(ApplicationUser.class);
            when(editor.getKey()).thenReturn(editorKey);
            when(event.getUser()).thenReturn(editor);
        }
        return event;
    }

    @Test
    void registersWithJirasEventBusWhileTheAppRunsThroughAnAnnotatedPublicMethod() throws NoSuchMethodException {
        listener.onStart();
        verify(events).register(listener);
        listener.onStop();
        verify(events).unregister(listener);
        org.assertj.core.api.Assertions.assertThat(RfcEditListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }

    @Test
    void anEditOfAnRfcGoesToTheRoundsOnBehalfOfTheEditor() {
        listener.onIssueEvent(event(JiraFixtures.issue(10500L, "CHG-7", "RFC"), "rita-key"));

        verify(rounds).afterIssueChanged(any(IssueRef.class), org.mockito.ArgumentMatchers.eq("rita-key"));
    }

    @Test
    void otherIssueTypesAreNotLookedAt() {
        listener.onIssueEvent(event(JiraFixtures.issue(10501L, "OPS-1", "Task"), "rita-key"));

        verifyNoInteractions(rounds);
    }

    @Test
    void aFailureIsLoggedNotThrownAtTheUserWhoseEditIsAlreadySaved() {
        doThrow(new IllegalStateException("database down")).when(rounds).afterIssueChanged(any(), any());

        assertThatCode(() -> listener.onIssueEvent(event(JiraFixtures.issue(10500L, "CHG-7", "RFC"), null))).doesNotThrowAnyException();
    }
}
