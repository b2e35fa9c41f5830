package org.relman.dsl.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;

class CopyLocationTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "/srv/dsl/crm/crm-5.2.msi,              PATH,     true",
            "C:\\dsl\\crm-5.2.msi,                  PATH,     true",
            "\\\\fileserver\\dsl\\crm-5.2.msi,      PATH,     true",
            "file:///srv/dsl/crm-5.2.msi,           FILE_URI, true",
            "file://localhost/srv/dsl/crm-5.2.msi,  FILE_URI, true",
            "file://fileserver/dsl/crm-5.2.msi,     FILE_URI, false",
            "https://artifacts.example.com/crm.msi, URL,      false",
            "http://169.254.169.254/latest/meta-data, URL,    false",
            "ftp://ftp.example.com/crm.msi,         URL,      false",
            "smb://fileserver/dsl/crm.msi,          URL,      false"})
    void tellsPathsFromUrlsAndOnlyLocalFilesAreReadable(String text, CopyLocation.Kind kind, boolean readable) {
        CopyLocation location = valid(text);

        assertThat(location.kind()).isEqualTo(kind);
        assertThat(location.readable()).isEqualTo(readable);
        assertThat(CopyLocation.stored(text)).isEqualTo(location);
    }

    @Test
    void readsTheDecodedPathOfAFileUri() {
        assertThat(valid("file:///srv/dsl/CRM%205.2/setup.msi").localPath()).contains("/srv/dsl/CRM 5.2/setup.msi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "crm/crm-5.2.msi | location must be an absolute path (e.g. /srv/dsl/crm/crm-5.2.msi), a file: URI or a URL.",
            "/srv/dsl/../../etc/passwd | location must not contain '..' segments: give the path as it is, without climbing up.",
            "C:\\dsl\\..\\secret.txt | location must not contain '..' segments: give the path as it is, without climbing up.",
            "file:///srv/dsl/%2e%2e/etc/passwd | location must not contain '..' segments: give the path as it is, without climbing up.",
            "file:relative/path | location must be an absolute file: URI, e.g. file:///srv/dsl/crm/crm-5.2.msi."})
    void refusesRelativePathsAndClimbingUp(String text, String message) {
        TextRules rules = new TextRules();

        assertThat(CopyLocation.validate(rules, "location", text)).isNull();
        assertThat(messageOf(rules)).isEqualTo(message);
    }

    @Test
    void refusesControlCharactersAndOverlongLocations() {
        TextRules rules = new TextRules();
        CopyLocation.validate(rules, "copies[0]", "/srv/dsl/a\u0000b");
        assertThat(messageOf(rules)).isEqualTo("copies[0] must not contain control characters.");

        TextRules tooLong = new TextRules();
        CopyLocation.validate(tooLong, "location", "/" + "a".repeat(450));
        assertThat(messageOf(tooLong)).isEqualTo("location must be at most 450 characters (it has 451).");
    }

    private static CopyLocation valid(String text) {
        TextRules rules = new TextRules();
        CopyLocation location = CopyLocation.validate(rules, "location", text);
        rules.check();
        return location;
    }

    private static String messageOf(TextRules rules) {
        try {
            rules.check();
            return "no error";
        } catch (InvalidInputException e) {
            return e.errors().get(0).message();
        }
    }
}
