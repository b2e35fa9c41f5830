package org.relman.dsl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewStorageRootTest {

    @Test
    void storesTheRootNormalisedWithoutATrailingSlash() {
        assertThat(NewStorageRoot.validate(new NewStorageRoot.Input(" /srv/dsl/./main/ ", " Main share ")))
                .isEqualTo(new NewStorageRoot("/srv/dsl/main", "Main share"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "srv/dsl | path: path must be an absolute directory path on relman's server, e.g. /srv/dsl.",
            "/srv/dsl/../etc | path: path must not contain '..' segments.",
            "/ | path: path must not be the file system's root: give the directory that holds the DSL's files.",
            "'' | path: path is required."})
    void refusesPathsThatWouldOpenTheWrongFiles(String path, String message) {
        assertThatThrownBy(() -> NewStorageRoot.validate(new NewStorageRoot.Input(path, "Main")))
                .hasMessage(message);
    }

    @Test
    void needsALabel() {
        assertThatThrownBy(() -> NewStorageRoot.validate(new NewStorageRoot.Input("/srv/dsl", " ")))
                .hasMessage("label: label is required.");
    }
}
