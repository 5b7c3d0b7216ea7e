import {
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { appStrings, useStrings } from "../i18n";
import logo from "../../../assets/icon-32.png";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { display: "flex", flexDirection: "column" },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function Header() {
  const styles = useStyles();
  const strings = useStrings(appStrings);
  return (
    <header className={styles.header}>
      <img src={logo} width={32} height={32} alt="" />
      <div className={styles.text}>
        <Subtitle2 as="h1">{strings.appName}</Subtitle2>
        <Caption1 className={styles.tagline}>{strings.tagline}</Caption1>
      </div>
    </header>
  );
}
