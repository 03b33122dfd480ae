package org.healthequity.exchange.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven through the system chromedriver (nothing is downloaded), for the browser tests.
 */
public final class Chromium {

    private Chromium() {
    }

    /** A fresh browser with its own profile, in British English, at a laptop's size until a test changes it. */
    public static WebDriver start() throws IOException {
        Path chromium = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
        assertThat(chromium).as("Chromium is installed (apt-get install chromium chromium-driver)").exists();
        assertThat(driver).as("chromedriver is installed (apt-get install chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** Signs in with the demo password at {@code baseUrl}, cookies cleared first, and waits for the dashboard. */
    public static void signIn(WebDriver browser, WebDriverWait wait, String baseUrl, String email) {
        browser.get(baseUrl + "/login");
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        username.sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"))
                .sendKeys("exchange-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard"));
    }
}
