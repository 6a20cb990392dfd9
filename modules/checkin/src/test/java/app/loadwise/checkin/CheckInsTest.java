package app.loadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckInsTest {

    @Test
    void theLinkIsThePublicAddressWithThePageAndToken() {
        assertThat(CheckIns.url("https://loadwise.example.org/", "T0K")).isEqualTo("https://loadwise.example.org/check-in/T0K");
        assertThat(CheckIns.url("http://localhost:8080", "T0K")).isEqualTo("http://localhost:8080/check-in/T0K");
    }
}
