package org.relman.change.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.StandardChange;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/** The pre-approved standard change catalogue: anyone may read it, change managers keep it. Entries retire, never vanish. */
@Named
public class StandardChanges {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9._-]{0,63}");

    private final ChangeAccess access;
    private final StandardChangeCatalogue catalogue;

    @Inject
    public StandardChanges(ChangeAccess access, StandardChangeCatalogue catalogue) {
        this.access = access;
        this.catalogue = catalogue;
    }

    public record Input(String code, String name, String description, String risk) {
    }

    public List<StandardChange> list() {
        access.requireUser();
        return catalogue.all();
    }

    public StandardChange add(Input input) {
        UserRef user = access.requireChangeManager("keep the standard change catalogue");
        if (input == null) {
            throw new InvalidInputException("request", "A catalogue entry is required in the request body.");
        }
        TextRules rules = new TextRules();
        String code = rules.required("code", input.code() == null ? null : input.code().toUpperCase(Locale.ROOT), 64);
        rules.matching("code", code, CODE, "must start with a letter and hold only letters, digits, '.', '_' or '-'.");
        String name = rules.required("name", input.name(), 255);
        String description = rules.optional("description", input.description(), 4000);
        String risk = rules.optional("risk", input.risk(), 32);
        rules.check();
        return catalogue.add(new StandardChange(code, name, description, risk, true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), user.key()));
    }

    public StandardChange setActive(String code, boolean active) {
        access.requireChangeManager("keep the standard change catalogue");
        String wanted = code.toUpperCase(Locale.ROOT);
        catalogue.find(wanted).orElseThrow(() -> new NotFoundException("No catalogue entry has the code " + code + "."));
        return catalogue.setActive(wanted, active);
    }
}
