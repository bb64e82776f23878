package vn.resultpost.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;

/**
 * The console in a real (headless) browser after results went through the simulated operator: sign in, the
 * dashboard's charts hold data (the pickup-to-delivery times per day too), a dossier is found and its timeline shows
 * each status, a dead letter is replayed after confirmation. Screenshots of each page in target/console-screenshots/.
 */
@DisableJmx(false) // Hawtio shows the Camel routes through JMX
@TestPropertySource(properties = {"simulator.vnpost.scenario=fail-then-deliver", "gateway.redelivery.max-attempts=3",
        "gateway.broker.name=console-test"})
class ConsoleBrowserTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";
    private static final List<String> DOSSIERS = List.of("000.00.12.H26-261203-1001", "000.00.12.H26-261203-1002",
            "000.00.12.H26-261203-1003");

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DeadLetterQueues deadLetters;

    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = ConsoleBrowser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInSeeTheChartsFindADossierFollowItsTimelineAndReplayADeadLetter() {
        DOSSIERS.forEach(d -> assertThat(post("/api/v1/results", Fixtures.result(d)).statusCode()).isEqualTo(202));
        String poison = "console-poison-" + System.nanoTime();
        producer.sendBody("jms:queue:gateway.orders?exchangePattern=InOnly", poison);
        await().atMost(Duration.ofSeconds(120)).until(() -> DOSSIERS.stream()
                .allMatch(d -> "DELIVERED".equals(view(AGENCY, d).path("status").asText())));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.list("gateway.orders", 500).shown().stream()
                .anyMatch(l -> poison.equals(l.body())));
        pickedUpHoursEarlier();

        browser.get(baseUrl() + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        ConsoleBrowser.screenshot(browser, "01-login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("demo-only-admin");
        browser.findElement(By.id("sign-in")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> chartTotal("chart-per-day") > 0);
        assertThat(number("total-RECEIVED")).isGreaterThanOrEqualTo(3);
        assertThat(number("total-DELIVERED")).isGreaterThanOrEqualTo(3);
        assertThat(number("total-DELIVERY_FAILED")).isGreaterThanOrEqualTo(3);
        assertThat(chartTotal("chart-per-agency")).isGreaterThanOrEqualTo(12);
        assertThat(browser.executeScript("return Chart.getChart('chart-per-day').data.datasets.length")).isEqualTo(7L);
        assertThat(chartTotal("chart-reasons")).isGreaterThanOrEqualTo(3);
        assertThat(browser.executeScript("return Chart.getChart('chart-delivery-time').data.datasets.length"))
                .isEqualTo(2L);
        assertThat(chartTotal("chart-delivery-time")).as("median and p90 of 1, 2, 3 hours").isGreaterThanOrEqualTo(5);
        assertThat(browser.executeScript("return Chart.getChart('chart-delivery-time').data.datasets"
                + ".map(d => d.data.filter(v => typeof v === 'number').length)")).as("days with a median, with a p90")
                .asList().allSatisfy(n -> assertThat((Long) n).isGreaterThanOrEqualTo(1L));
        assertThat(hours("median")).isGreaterThanOrEqualTo(2.0).isLessThan(3.0);
        assertThat(hours("p90")).isGreaterThanOrEqualTo(3.0);
        assertThat(browser.executeScript("const [m, p] = Chart.getChart('chart-delivery-time').data.datasets; "
                + "return m.data.every((v, i) => v === null || v <= p.data[i])")).as("median <= p90").isEqualTo(true);
        assertThat(browser.findElement(By.id("median")).getText()).contains("giờ");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tổng quan", "Kết quả đã nhận");
        assertThat(browser.findElements(By.id("hawtio-link"))).hasSize(1);
        ConsoleBrowser.screenshot(browser, "02-dashboard");
        browser.executeScript("document.getElementById('chart-delivery-time').scrollIntoView()");
        ConsoleBrowser.screenshot(browser, "02b-dashboard-delivery-time");

        browser.findElement(By.linkText("Bưu gửi")).click();
        browser.findElement(By.id("dossier")).sendKeys(DOSSIERS.get(1));
        browser.findElement(By.id("search")).click();
        // The search reloads the page: read the links of the page it lands on (an element of the page before is stale).
        await().atMost(Duration.ofSeconds(20)).ignoreException(StaleElementReferenceException.class)
                .untilAsserted(() -> assertThat(browser.findElements(By.cssSelector("a.shipment-link")))
                        .extracting(WebElement::getText).containsExactly(DOSSIERS.get(1)));
        ConsoleBrowser.screenshot(browser, "03-search");

        browser.findElement(By.cssSelector("a.shipment-link")).click();
        assertThat(browser.findElement(By.id("dossier-code")).getText()).isEqualTo(DOSSIERS.get(1));
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("DELIVERED");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("ACCEPTED", "ORDER_CREATED", "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY",
                "DELIVERY_FAILED", "DELIVERED", "Phát không thành công");
        assertThat(browser.findElements(By.cssSelector("#timeline tbody tr"))).hasSize(8);
        assertThat(browser.findElement(By.id("deadline-state")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("recipient-name")).getText()).isEqualTo("Nguyễn Thị Lan");
        ConsoleBrowser.screenshot(browser, "04-shipment");

        browser.findElement(By.linkText("Thư lỗi")).click();
        WebElement row = browser.findElements(By.cssSelector("tr.dead-letter")).stream()
                .filter(r -> r.getText().contains(poison)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("order-creation", "InvalidMessageException");
        ConsoleBrowser.screenshot(browser, "05-dead-letters");
        row.findElement(By.cssSelector("button.replay-one")).click();
        assertThat(browser.findElement(By.id("confirm-text")).getText()).contains("1", "gateway.orders");
        ConsoleBrowser.screenshot(browser, "06-replay-confirm");
        browser.findElement(By.id("confirm-replay")).click();
        assertThat(browser.findElement(By.id("replayed")).getText()).contains("1", "gateway.orders");
        ConsoleBrowser.screenshot(browser, "07-replayed");

        browser.findElement(By.linkText("Doanh nghiệp bưu chính")).click();
        assertThat(browser.findElement(By.id("operators")).getText()).contains("vnpost", "CLOSED", "đang giữ, hết hạn 20");
        ConsoleBrowser.screenshot(browser, "08-operators");
        browser.findElement(By.linkText("Hàng chờ xem xét")).click();
        ConsoleBrowser.screenshot(browser, "09-reviews");

        browser.get(baseUrl() + "/console/operators?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Operators");
        browser.findElement(By.id("hawtio-link")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.findElement(By.tagName("body")).getText()
                .contains("Camel"));
        ConsoleBrowser.screenshot(browser, "10-hawtio");
    }

    private long chartTotal(String canvasId) {
        Object total = browser.executeScript("const c = Chart.getChart(arguments[0]); if (!c) return 0; "
                + "return c.data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0);", canvasId);
        return ((Number) total).longValue();
    }

    /** The simulator picks up and delivers within seconds: the pickups are dated back 1, 2 and 3 hours. */
    private void pickedUpHoursEarlier() {
        for (int i = 0; i < DOSSIERS.size(); i++) {
            String id = view(AGENCY, DOSSIERS.get(i)).path("shipmentId").asText();
            Timestamp at = jdbc.sql("select occurred_at from shipment_event where shipment_id = ? "
                    + "and status = 'PICKED_UP'").param(id).query(Timestamp.class).single();
            jdbc.sql("update shipment_event set occurred_at = ? where shipment_id = ? and status = 'PICKED_UP'")
                    .param(Timestamp.from(at.toInstant().minus(Duration.ofHours(i + 1L)))).param(id).update();
        }
    }

    private double hours(String tileId) {
        String text = browser.findElement(By.cssSelector("#" + tileId + " .number")).getText();
        return Double.parseDouble(text.split(" ")[0]);
    }

    private long number(String tileId) {
        return Long.parseLong(browser.findElement(By.cssSelector("#" + tileId + " .number")).getText().strip());
    }
}
