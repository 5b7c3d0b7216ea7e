/** A failure shown as a readable message: the PortError's own words in the pane's language. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { PortError } from "../../host/port";
import { useLanguage, useStrings } from "../i18n";
import { commonStrings } from "./strings";

export function errorText(
  error: unknown,
  language: "sv" | "en",
  unexpected: (detail: string) => string,
): string {
  if (error instanceof PortError)
    return language === "en" ? error.messageEn : error.message;
  if (error instanceof Error) return unexpected(error.message);
  return unexpected(String(error));
}

/** A PortError's own words in the pane's language; anything else gets the caller's fallback. */
export function messageOf(
  error: unknown,
  language: "sv" | "en",
  fallback: string,
): string {
  return errorText(error, language, () => fallback);
}

export function ErrorMessage({
  error,
  onDismiss,
}: {
  error: unknown;
  onDismiss?: () => void;
}) {
  const strings = useStrings(commonStrings);
  const language = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {errorText(error, language, strings.unexpectedError)}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={strings.dismiss}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
