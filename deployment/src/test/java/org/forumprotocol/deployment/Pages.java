package org.forumprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps of the officer's pages (events, event, delegation, participants) as a browser takes them. Every
 * step waits for what it changes: an element to appear, an Ajax request of PrimeFaces to have been answered
 * and applied. Failure messages carry the page, so that a broken step can be read from the build log.
 */
final class Pages {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebDriver browser;

    Pages(WebDriver browser) {
        this.browser = browser;
    }

    /** Waits until the condition holds; elements replaced by an Ajax update while it looks are looked for again. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, TIMEOUT)
                .withMessage(() -> "waited for " + what + "; page at " + browser.getCurrentUrl() + ":\n" + page())
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (replaced(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Holds once the element has left the document, as it does when the browser moves on to the next page. */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Whether the element asked about was replaced. Chromium says so as "stale element" or, when the page is
     * being swapped at that very moment, as an "unknown error: Node with given id does not belong to the document".
     */
    static boolean replaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    WebElement visible(By by) {
        return await("visible " + by, ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return await("clickable " + by, ExpectedConditions.elementToBeClickable(by));
    }

    /** No PrimeFaces Ajax request is queued or in flight: the last one has been answered and its updates applied. */
    void awaitAjax() {
        await("the Ajax requests to finish", Pages::ajaxIdle);
    }

    private static boolean ajaxIdle(WebDriver d) {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"));
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** The visible box of one choice of a p:selectManyCheckbox (the input itself is hidden). */
    WebElement checkbox(String groupId, String value) {
        return clickable(By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']"
                + "/ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]"));
    }

    /** Picks a choice of a p:selectOneButton, and waits for the Ajax update it sends. */
    void selectButton(String groupId, String value) {
        By button = By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']"
                + "/ancestor::div[contains(concat(' ', @class, ' '), ' ui-button ')][1]");
        WebElement choice = clickable(button);
        if (!isActive(choice)) {
            choice.click();
        }
        await(groupId + " = " + value, d -> isActive(d.findElement(button)));
        awaitAjax();
    }

    private static boolean isActive(WebElement button) {
        return (" " + button.getAttribute("class") + " ").contains(" ui-state-active ");
    }

    /** Picks a choice of a p:selectOneMenu by its value, whatever its label in the page language. */
    /**
     * Picks a value from a PrimeFaces select menu until {@code chosen} holds. A click that lands while the menu
     * is being redrawn or its panel is still opening is lost, so the steps repeat: open the panel if no item is
     * shown, click the item if it is.
     */
    void choose(String menuId, String value, Function<WebDriver, Boolean> chosen) {
        awaitAjax();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-value='" + value + "']");
        await("the choice " + value + " in " + menuId, d -> {
            if (Boolean.TRUE.equals(chosen.apply(d))) {
                return true;
            }
            if (!ajaxIdle(d)) {
                return false; // the last click may be on its way: never choose twice
            }
            WebElement shown = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (shown != null) {
                shown.click();
            } else {
                d.findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger")).click();
            }
            return false;
        });
    }

    /** Picks a choice of a p:selectOneRadio by its value, and waits for the Ajax update it sends. */
    void selectRadio(String groupId, String value) {
        awaitAjax();
        By input = By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']");
        By box = By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']"
                + "/ancestor::div[contains(concat(' ', @class, ' '), ' ui-radiobutton ')][1]"
                + "//div[contains(concat(' ', @class, ' '), ' ui-radiobutton-box ')]");
        await(groupId + " = " + value, d -> {
            if (d.findElement(input).isSelected()) {
                return true;
            }
            if (ajaxIdle(d)) {
                d.findElement(box).click();
            }
            return false;
        });
        awaitAjax();
    }

    /**
     * Ticks the choice {@code value} of a p:selectCheckboxMenu. As with {@link #choose}, a click that lands while
     * the panel is still opening is lost, so the steps repeat until the choice shows as ticked; the panel is closed
     * again after.
     */
    void tick(String menuId, String value) {
        awaitAjax();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectcheckboxmenu-item[data-item-value='" + value + "']");
        await("the choice " + value + " ticked in " + menuId, d -> {
            WebElement shown = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (shown == null) {
                List<WebElement> trigger = d.findElements(By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger"));
                (trigger.isEmpty() ? d.findElement(By.id(menuId)) : trigger.get(0)).click();
                return false;
            }
            if ((" " + shown.getAttribute("class") + " ").contains(" ui-selectcheckboxmenu-checked ")) {
                return true;
            }
            shown.findElement(By.cssSelector(".ui-chkbox-box")).click();
            return false;
        });
        List<WebElement> close = browser.findElements(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close"));
        if (!close.isEmpty() && close.get(0).isDisplayed()) {
            close.get(0).click();
        }
    }

    /** Picks a value from a select menu that keeps it selected. */
    void choose(String menuId, String value) {
        choose(menuId, value, d -> value.equals(new Select(d.findElement(By.id(menuId + "_input")))
                .getFirstSelectedOption().getAttribute("value")));
    }

    /**
     * On the agenda page: opens the new-item form (it proposes the event's first day), picks the kind, types the
     * times and the titles ({@code titles} by language, the host language's first), adds one speaker from the
     * menu, and saves.
     */
    void addAgendaItem(String kind, String starts, String ends, Map<String, String> titles, String speakerId) {
        clickable(By.id("schedule:new")).click();
        Map.Entry<String, String> host = titles.entrySet().iterator().next();
        String title = host.getValue();
        By titleInput = By.id("itemForm:title_" + host.getKey());
        visible(titleInput);
        choose("itemForm:kind", kind);
        type(By.id("itemForm:startTime_input"), starts);
        type(By.id("itemForm:endTime_input"), ends);
        titles.forEach((language, text) -> type(By.id("itemForm:title_" + language), text));
        // Choosing adds the speaker at once and empties the menu for the next one.
        By added = By.cssSelector("[id='itemForm-speakerList'] > li[data-delegate='" + speakerId + "']");
        choose("itemForm:speakerChoice", speakerId, d -> !d.findElements(added).isEmpty());
        awaitAjax();
        visible(added);
        clickable(By.id("itemForm:save")).click();
        await("the form to close after saving " + title, ExpectedConditions.invisibilityOfElementLocated(titleInput));
        awaitAjax();
    }

    /** The schedule's entry of the item with this title. */
    WebElement agendaItem(String title) {
        return visible(By.xpath("//article[contains(concat(' ', @class, ' '), ' agenda-item ')][.//h4[normalize-space()="
                + literal(title) + "]]"));
    }

    /** On the event page: opens the new-delegation form, picks the country by its code and saves. */
    void addDelegation(String country, String name) {
        clickable(By.id("delegations:new")).click();
        visible(By.id("delegationForm:name_kk"));

        clickable(By.cssSelector("[id='delegationForm:country'] .ui-selectonemenu-trigger")).click();
        type(By.id("delegationForm:country_filter"), "(" + country + ")");
        clickable(By.cssSelector("[id='delegationForm:country_panel'] li.ui-selectonemenu-item[data-label$='(" + country + ")']"))
                .click();
        await("the country " + country + " to be chosen",
                d -> d.findElement(By.id("delegationForm:country_label")).getText().endsWith("(" + country + ")"));

        type(By.id("delegationForm:name_kk"), name);
        clickable(By.id("delegationForm:save")).click();
        await("the form to close after saving " + name,
                ExpectedConditions.invisibilityOfElementLocated(By.id("delegationForm:name_kk")));
        visible(By.xpath("//*[@id='delegations:table']//a[normalize-space()=" + literal(name) + "]"));
    }

    /**
     * On a delegation page: opens the new-member form, checks the role it proposes, types the names (language
     * code to family and given name; the Kazakh one is required here, as it is how the member table shows the
     * name on a Kazakh page) and the Kazakh position if any, and saves.
     */
    void addMember(Map<String, String[]> names, String proposedRole, String positionKk) {
        clickable(By.id("members:new")).click();
        visible(By.id("memberForm:family_kk"));
        assertThat(new Select(browser.findElement(By.id("memberForm:role_input"))).getFirstSelectedOption().getAttribute("value"))
                .as("the role the form proposes").isEqualTo(proposedRole);

        names.forEach((lang, name) -> {
            type(By.id("memberForm:family_" + lang), name[0]);
            type(By.id("memberForm:given_" + lang), name[1]);
        });
        if (positionKk != null) {
            type(By.id("memberForm:position_kk"), positionKk);
        }
        clickable(By.id("memberForm:save")).click();

        String[] kk = names.get("kk");
        String shown = kk[0] + " " + kk[1];
        await("the form to close after saving " + shown,
                ExpectedConditions.invisibilityOfElementLocated(By.id("memberForm:family_kk")));
        memberRow(shown);
    }

    /** The row of the member table whose name is shown as given. */
    WebElement memberRow(String name) {
        return visible(By.xpath("//*[@id='members:table_data']/tr[.//span[contains(@class,'person-name') and normalize-space()="
                + literal(name) + "]]"));
    }

    /** The names of the participant list, top to bottom. */
    List<String> participantNames() {
        return browser.findElements(By.cssSelector("[id='participants:table_data'] > tr .person-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    WebElement participantRow(String name) {
        return visible(By.xpath("//*[@id='participants:table_data']/tr[.//span[contains(@class,'person-name') and normalize-space()="
                + literal(name) + "]]"));
    }

    /**
     * Picks a country in a p:selectOneMenu with a filter (the delegation and memorandum forms) by its ISO code, which
     * ends every label: "Қазақстан (KZ)", "대한민국 (KR)".
     */
    void chooseCountry(String menuId, String code) {
        awaitAjax();
        clickable(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger")).click();
        type(By.id(menuId + "_filter"), "(" + code + ")");
        clickable(By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label$='(" + code + ")']")).click();
        await("the country " + code + " in " + menuId, d -> d.findElement(By.id(menuId + "_label")).getText().endsWith("(" + code + ")"));
    }

    /** Answers yes in the page's global p:confirmDialog, once it is shown. */
    void confirm() {
        clickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
    }

    /** The state of the memorandum open on the memoranda page (DRAFT, AGREED, …), once it shows one. */
    String memorandumState() {
        return visible(By.id("state")).getAttribute("data-state");
    }

    /** Waits until the memorandum open on the memoranda page is in that state. */
    void awaitMemorandumState(String state) {
        await("the memorandum to be " + state, d -> state.equals(d.findElement(By.id("state")).getAttribute("data-state")));
    }

    /** Where a party of the open memorandum stands in the signing: SIGNED, NEXT, WAITING, … */
    String standing(int party) {
        return visible(By.cssSelector("#memorandum tr[data-party='" + party + "']")).getAttribute("data-standing");
    }

    private String page() {
        try {
            return browser.getPageSource();
        } catch (RuntimeException e) {
            return "(page source unavailable: " + e + ")";
        }
    }

    /** An XPath string literal; the names tested here contain no apostrophes, the markup test only < and >. */
    private static String literal(String text) {
        if (text.contains("'")) {
            throw new IllegalArgumentException("no apostrophes in XPath literals: " + text);
        }
        return "'" + text + "'";
    }
}
