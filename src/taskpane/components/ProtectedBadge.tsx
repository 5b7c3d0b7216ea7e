/**
 * The small lock badge beside a sheet the pane will not write to (a protected sheet): one look
 * for it in every tab that lists sheets.
 */
import { Badge } from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";

export function ProtectedBadge({ label }: { label: string }) {
  return (
    <Badge
      size="small"
      appearance="outline"
      color="subtle"
      icon={<LockClosedRegular />}
    >
      {label}
    </Badge>
  );
}
