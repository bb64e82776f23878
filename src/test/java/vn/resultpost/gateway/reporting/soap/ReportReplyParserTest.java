package vn.resultpost.gateway.reporting.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.reporting.soap.ReportReply.Outcome;

/** The dossier system's answers to ReportStatus: acknowledgements accepted, anything else a refusal. */
class ReportReplyParserTest {

    @Test
    void receivedAndDuplicateAreAccepted() {
        ReportReply received = ReportReplyParser.reply(Fixtures.read("dossier-status/reply-received.xml"));
        assertThat(received.outcome()).isEqualTo(Outcome.RECEIVED);
        assertThat(received.accepted()).isTrue();

        ReportReply duplicate = ReportReplyParser.reply(Fixtures.read("dossier-status/reply-duplicate.xml"));
        assertThat(duplicate.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(duplicate.accepted()).isTrue();
        assertThat(duplicate.message()).contains("already received");
    }

    @Test
    void anyOtherAnswerIsARefusalSaidInTheMessage() {
        ReportReply unexpected = ReportReplyParser.reply(Fixtures.read("dossier-status/reply-unexpected.xml"));
        assertThat(unexpected.accepted()).isFalse();
        assertThat(unexpected.message()).contains("LATER", "Queue full");

        ReportReply other = ReportReplyParser.reply("<x:Other xmlns:x=\"urn:other\"/>");
        assertThat(other.accepted()).isFalse();
        assertThat(other.message()).contains("urn:other", "Other");

        assertThat(ReportReplyParser.reply("").accepted()).isFalse();
        assertThat(ReportReplyParser.reply("not xml").message()).startsWith("The answer is not XML");
    }

    @Test
    void aDtdInAnAnswerIsRefusedAndNotExpanded() {
        String xxe = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ds:ReportStatusResponse xmlns:ds=\"urn:resultpost:dossier-status:v1\">"
                + "<ds:acknowledgement>&x;RECEIVED</ds:acknowledgement></ds:ReportStatusResponse>";
        ReportReply reply = ReportReplyParser.reply(xxe);
        assertThat(reply.accepted()).isFalse();
        assertThat(reply.message()).doesNotContain("root:");
    }

    @Test
    void aFaultIsARefusalWithTheDetailsCodeAndMessage() {
        var detail = ReportReplyParser.parse(Fixtures.read("dossier-status/fault-detail.xml"));
        ReportReply fault = ReportReplyParser.fault("{http://schemas.xmlsoap.org/soap/envelope/}Server",
                "maintenance", detail);
        assertThat(fault.accepted()).isFalse();
        assertThat(fault.message()).isEqualTo("SOAP fault unavailable: The one-stop system is under maintenance");

        ReportReply bare = ReportReplyParser.fault("{http://schemas.xmlsoap.org/soap/envelope/}Client",
                "Unmarshalling Error", null);
        assertThat(bare.message()).isEqualTo(
                "SOAP fault {http://schemas.xmlsoap.org/soap/envelope/}Client: Unmarshalling Error");
    }
}
