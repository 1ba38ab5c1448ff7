package com.loopin.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Msg91ReportsTests {

    @Test
    void msg91sDocumentedStatusesMapToOurFive() {
        assertThat(Msg91Reports.status("1")).isEqualTo("delivered");
        assertThat(Msg91Reports.status("2")).isEqualTo("failed");
        assertThat(Msg91Reports.status("9")).isEqualTo("failed");
        assertThat(Msg91Reports.status("16")).isEqualTo("failed");
        assertThat(Msg91Reports.status("17")).isEqualTo("failed");
        assertThat(Msg91Reports.status("25")).isEqualTo("failed");
        assertThat(Msg91Reports.status("8")).as("a report still on the way").isEqualTo("sent");
    }

    @Test
    void rejectionsAboutTheDltRegistrationNameWhatToFix() {
        assertThat(Msg91Reports.reason("16", "Template mismatch")).isEqualTo("dlt_template_mismatch");
        assertThat(Msg91Reports.reason("25", "error 630")).isEqualTo("dlt_template_mismatch");
        assertThat(Msg91Reports.reason("16", "Header not registered (620)")).isEqualTo("dlt_header_not_registered");
        assertThat(Msg91Reports.reason("16", "PEID not found")).isEqualTo("dlt_entity_not_registered");
        assertThat(Msg91Reports.reason("2", "DLT scrubbing failed")).isEqualTo("dlt_rejected");
        assertThat(Msg91Reports.reason("16", "Rejected")).isEqualTo("carrier_rejected");
        assertThat(Msg91Reports.reason("2", "")).isEqualTo("unreachable");
        assertThat(Msg91Reports.reason("9", "")).isEqualTo("dnd");
        assertThat(Msg91Reports.reason("17", "")).isEqualTo("blocked");
        assertThat(Msg91Reports.reason("1", "DELIVERED")).isNull();
    }
}
