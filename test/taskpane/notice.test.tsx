/**
 * A message bar without a title is named by its text: Fluent's MessageBar otherwise points
 * aria-labelledby at a title that is not there, which axe reports as a critical error.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import * as React from "react";
import { Notice } from "../../src/taskpane/components/Notice";

function inProvider(node: React.ReactNode) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

test("a notice is a group named by its text, with its actions", async () => {
  const { container } = inProvider(
    <Notice intent="success" actions={<Button>Ångra</Button>}>
      Måluppfyllelsen är färgsatt.
    </Notice>,
  );
  const group = screen.getByRole("group", {
    name: "Måluppfyllelsen är färgsatt.",
  });
  expect(group).toHaveTextContent("Ångra");
  expect(await axe(container)).toHaveNoViolations();
});

test("Fluent's bar without a title names itself by an id that is not there", () => {
  inProvider(
    <MessageBar intent="info">
      <MessageBarBody>Ångrat.</MessageBarBody>
    </MessageBar>,
  );
  const id = screen.getByRole("group").getAttribute("aria-labelledby");
  expect(id).toBeTruthy();
  expect(document.getElementById(id as string)).toBeNull();
});
