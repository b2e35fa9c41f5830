package org.relman.dsl.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.dsl.app.DslAccess;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The DSL page as a servlet: who may open it, and which of the DSL's actions its template offers whom. */
@ExtendWith(MockitoExtension.class)
class DslPageTest {

    private static final UserRef GUEST = new UserRef("guest", "guest", "Gus Guest");
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Alvarez");
    private static final UserRef LIBBY = new UserRef("libby", "libby", "Libby Moreau");
    private static final UserRef ADMIN = new UserRef("admin", "admin", "Administrator");
    private static final UserRef READING_ADMIN = new UserRef("ada", "ada", "Ada Admin");

    private static final Map<UserRef, Set<RelmanRole>> ROLES = Map.of(
            GUEST, EnumSet.noneOf(RelmanRole.class),
            RITA, EnumSet.of(RelmanRole.CMDB_READER),
            LIBBY, EnumSet.of(RelmanRole.SOFTWARE_LIBRARIAN),
            ADMIN, EnumSet.of(RelmanRole.ADMINISTRATOR),
            READING_ADMIN, EnumSet.of(RelmanRole.ADMINISTRATOR, RelmanRole.CMDB_READER));

    @Mock
    TemplateRenderer templates;
    @Mock
    PageBuilderService pageBuilder;
    @Mock
    WebResourceAssembler assembler;
    @Mock
    RequiredResources required;
    @Mock
    LoginUriProvider loginUris;
    @Mock
    HttpServletRequest request;
    @Mock
    HttpServletResponse response;

    private final Map<String, Object> rendered = new HashMap<>();

    @BeforeEach
    void jira() throws Exception {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/jira");
        lenient().when(request.getServletPath()).thenReturn("/plugins/servlet");
        lenient().when(request.getPathInfo()).thenReturn("/relman/dsl");
        doAnswer(call -> {
            rendered.put("template", call.getArgument(0));
            rendered.putAll(call.getArgument(1));
            return null;
        }).when(templates).render(any(), anyMap(), any(Writer.class));
    }

    private Map<String, Object> open(UserRef visitor) throws Exception {
        CurrentUser current = () -> Optional.of(visitor);
        AccessGuard guard = new AccessGuard(current, (user, role) -> ROLES.get(user).contains(role));
        new DslPage(new PageSupport(templates, pageBuilder, loginUris, current), new DslAccess(guard)).service(request, response);
        return rendered;
    }

    @Test
    void someoneWhoMayNeitherReadNorCheckIsRefusedInTheRestApisWords() throws Exception {
        open(GUEST);

        verify(response).setStatus(403);
        assertThat(rendered).containsEntry("template", "templates/platform/problem.vm")
                .containsEntry("message", "Only a CMDB reader may read the DSL.");
    }

    @Test
    void aReaderBrowsesAndIsOfferedNothingElse() throws Exception {
        open(RITA);

        verify(response).setStatus(200);
        verify(required).requireWebResource("org.relman.plugin:dsl-page-resources");
        assertThat(rendered).containsEntry("template", "templates/dsl/library.vm")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("pageUrl", "/jira/plugins/servlet/relman/dsl")
                .containsEntry("browse", true).containsEntry("librarian", false)
                .containsEntry("checkIntegrity", false).containsEntry("configureRoots", false);
    }

    @Test
    void aLibrarianChangesEntriesAndChecksButDoesNotConfigureRoots() throws Exception {
        open(LIBBY);

        assertThat(rendered).containsEntry("browse", true).containsEntry("librarian", true)
                .containsEntry("checkIntegrity", true).containsEntry("configureRoots", false);
    }

    @Test
    void anAdministratorWhoReadsTheCmdbGetsEverythingButTheLibrariansForms() throws Exception {
        open(READING_ADMIN);

        assertThat(rendered).containsEntry("browse", true).containsEntry("librarian", false)
                .containsEntry("checkIntegrity", true).containsEntry("configureRoots", true);
    }

    @Test
    void anAdministratorWithoutCmdbReadOpensThePageForTheRootsAndTheCheckOnly() throws Exception {
        open(ADMIN);

        verify(response).setStatus(200);
        assertThat(rendered).containsEntry("template", "templates/dsl/library.vm")
                .containsEntry("browse", false).containsEntry("librarian", false)
                .containsEntry("checkIntegrity", true).containsEntry("configureRoots", true);
    }
}
