import { GriffelStyle, tokens } from "@fluentui/react-components";

/**
 * The frame every tab panel shares (a column of sections, a heading with its intro), spread into
 * each panel's own makeStyles so that the tabs line up.
 */
export const panelStyles = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  heading: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  text: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
} satisfies Record<string, GriffelStyle>;

/** A fieldset of choices inside a panel: no browser frame, its legend a heading. */
export const fieldsetStyles = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  text: { margin: 0 },
  meta: { margin: 0, color: tokens.colorNeutralForeground3 },
} satisfies Record<string, GriffelStyle>;
