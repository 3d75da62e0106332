// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { installDomHelpers } from "./dom";

beforeAll(() => installDomHelpers(window));

describe("installDomHelpers (Obsidian's DOM helpers in happy-dom)", () => {
  it("createEl takes a class string, appends to the parent and calls the callback", () => {
    const parent = createDiv();
    let seen: HTMLElement | null = null;
    const el = parent.createEl("p", "a b", (p) => (seen = p));
    expect(el.tagName).toBe("P");
    expect(el.parentElement).toBe(parent);
    expect([...el.classList]).toEqual(["a", "b"]);
    expect(seen).toBe(el);
  });

  it("createEl applies cls arrays, text, attr, title, href, type, value, placeholder", () => {
    const a = createEl("a", { cls: ["x", "y"], text: "Go", attr: { "data-href": "N.md", gone: null, n: 3 }, title: "Tip", href: "#h" });
    expect(a.className).toBe("x y");
    expect(a.textContent).toBe("Go");
    expect(a.getAttribute("data-href")).toBe("N.md");
    expect(a.getAttribute("n")).toBe("3");
    expect(a.hasAttribute("gone")).toBe(false);
    expect(a.title).toBe("Tip");
    expect(a.getAttribute("href")).toBe("#h");
    const input = createEl("input", { type: "text", value: "v", placeholder: "p" });
    expect(input.value).toBe("v");
    expect(input.type).toBe("text");
    expect(input.getAttribute("placeholder")).toBe("p");
  });

  it("text is never parsed as HTML", () => {
    const el = createDiv({ text: "<img src=x onerror=alert(1)>" });
    el.createSpan({ text: "<script>alert(1)</script>" });
    el.setText("<svg onload=alert(1)>");
    expect(el.querySelector("img, script, svg")).toBeNull();
    expect(el.textContent).toBe("<svg onload=alert(1)>");
  });

  it("prepend and parent place the element", () => {
    const parent = createDiv();
    parent.createSpan({ text: "second" });
    parent.createSpan({ text: "first", prepend: true });
    const other = createDiv();
    createSpan({ text: "elsewhere", parent: other });
    expect(parent.getText()).toBe("firstsecond");
    expect(other.getText()).toBe("elsewhere");
  });

  it("class helpers, attributes, empty, detach, setText with a fragment", () => {
    const el = createDiv();
    el.addClass("a", "b");
    el.removeClass("a");
    el.toggleClass("c", true);
    el.toggleClass(["b"], false);
    expect(el.hasClass("c")).toBe(true);
    expect(el.hasClass("b")).toBe(false);
    el.setAttr("x", "1");
    el.setAttrs({ y: true, x: null });
    expect(el.getAttr("y")).toBe("true");
    expect(el.hasAttribute("x")).toBe(false);
    const frag = createFragment((f) => f.createSpan({ text: "in fragment" }));
    el.createDiv({ text: "old" });
    el.setText(frag);
    expect(el.children).toHaveLength(1);
    expect(el.getText()).toBe("in fragment");
    const child = el.firstElementChild as HTMLElement;
    child.detach();
    expect(el.childNodes).toHaveLength(0);
    el.createDiv();
    el.empty();
    expect(el.childNodes).toHaveLength(0);
  });

  it("instanceOf, hide/show/isShown, find", () => {
    const el = createDiv();
    document.body.appendChild(el);
    expect(el.instanceOf(HTMLDivElement)).toBe(true);
    expect(el.instanceOf(HTMLSpanElement)).toBe(false);
    const inner = el.createSpan({ cls: "in" });
    expect(inner.isShown()).toBe(true);
    el.hide();
    expect(inner.isShown()).toBe(false);
    el.show();
    expect(inner.isShown()).toBe(true);
    expect(el.find(".in")).toBe(inner);
    expect(el.findAll("span")).toEqual([inner]);
    expect(el.doc).toBe(document);
    el.detach();
    expect(inner.isShown()).toBe(false);
  });
});
