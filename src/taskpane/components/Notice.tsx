import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarProps,
  useId,
} from "@fluentui/react-components";
import * as React from "react";

export interface NoticeProps extends Omit<MessageBarProps, "children"> {
  /** Buttons beside the text (e.g. Ångra). */
  actions?: React.ReactNode;
  children: React.ReactNode;
}

/**
 * A message bar without a title. Fluent's MessageBar names itself by its title's id; with no
 * title that reference points nowhere (an accessibility error), so the body names the bar.
 */
export function Notice({ actions, children, ...props }: NoticeProps) {
  const bodyId = useId("notice");
  return (
    <MessageBar {...props} aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
