package org.relman.dsl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;

class NewDslEntryTest {
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static NewDslEntry.Input crm() {
        return new NewDslEntry.Input("CRM server", "5.2.0", "installer", SHA, 1_048_576L,
                "/srv/dsl/crm/crm-5.2.0.msi", List.of("https://artifacts.example.com/crm-5.2.0.msi"), "rel-1");
    }

    @Test
    void acceptsAnInstallerWithItsCopiesAndNormalisesCaseWhereCaseDoesNotMatter() {
        NewDslEntry entry = NewDslEntry.validate(new NewDslEntry.Input(" CRM server ", "5.2.0", "Installer",
                SHA.toUpperCase(), 1_048_576L, "/srv/dsl/crm/crm-5.2.0.msi", List.of("https://artifacts.example.com/crm.msi"), "rel-1"));

        assertThat(entry.name()).isEqualTo("CRM server");
        assertThat(entry.kind()).isEqualTo(EntryKind.INSTALLER);
        assertThat(entry.sha256()).isEqualTo(SHA);
        assertThat(entry.location().kind()).isEqualTo(CopyLocation.Kind.PATH);
        assertThat(entry.copies()).extracting(CopyLocation::kind).containsExactly(CopyLocation.Kind.URL);
        assertThat(entry.releaseKey()).isEqualTo("REL-1");
        assertThat(entry.nameVersionKey()).isEqualTo("crm server\t5.2.0");
    }

    @Test
    void reportsEveryBrokenRuleAtOnceNamingFieldAndRule() {
        NewDslEntry.Input broken = new NewDslEntry.Input("", "5.2\tbeta", "package", "abc123", -1L, "crm.msi",
                List.of("/srv/dsl/a", "/srv/dsl/a"), "not a key");

        assertThatThrownBy(() -> NewDslEntry.validate(broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("name", "name is required."),
                        new FieldError("version", "version must not contain control characters."),
                        new FieldError("kind", "kind must be one of installer, script, configuration, document, image (it is 'package')."),
                        new FieldError("sha256", "sha256 must be the SHA-256 of the file as 64 hexadecimal digits (0-9, a-f); it has 6 characters."),
                        new FieldError("size", "size must be 0 or more bytes (it is -1)."),
                        new FieldError("location", "location must be an absolute path (e.g. /srv/dsl/crm/crm-5.2.msi), a file: URI or a URL."),
                        new FieldError("copies[1]", "copies[1] repeats a location already given for this entry: /srv/dsl/a"),
                        new FieldError("release", "release must be a Jira issue key such as REL-12.")));
    }

    @Test
    void saysWhatIsMissing() {
        assertThatThrownBy(() -> NewDslEntry.validate(new NewDslEntry.Input(null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::message)
                        .containsExactly("name is required.", "version is required.",
                                "kind is required: one of installer, script, configuration, document, image.",
                                "sha256 is required.", "size is required: the file's size in bytes.", "location is required."));
    }

    @Test
    void sha256OfTheRightLengthWithANonHexDigitIsRefusedAsSuch() {
        assertThatThrownBy(() -> NewDslEntry.validate(with(SHA.substring(0, 63) + "g")))
                .hasMessage("sha256: sha256 must be the SHA-256 of the file as 64 hexadecimal digits (0-9, a-f); "
                        + "it has 64 characters, not all of them hexadecimal digits.");
    }

    @Test
    void namesTheFieldsOfOneEntryAmongSeveralWithItsPrefix() {
        TextRules rules = new TextRules();
        assertThat(NewDslEntry.validate(rules, "entries[3].", with("xyz"))).isNull();

        assertThatThrownBy(rules::check).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("entries[3].sha256"));
    }

    @Test
    void nameAndVersionAreOneKeyWhateverTheCaseAndStillFitWhenLowerCasingLengthensThem() {
        assertThat(NewDslEntry.nameVersionKey("CRM Server", "5.2.0-RC1")).isEqualTo(NewDslEntry.nameVersionKey("crm server", "5.2.0-rc1"));
        String key = NewDslEntry.nameVersionKey("\u0130".repeat(255), "1");
        assertThat(key).hasSizeLessThanOrEqualTo(450).startsWith("sha256:");
    }

    private static NewDslEntry.Input with(String sha) {
        NewDslEntry.Input c = crm();
        return new NewDslEntry.Input(c.name(), c.version(), c.kind(), sha, c.size(), c.location(), c.copies(), c.release());
    }
}
