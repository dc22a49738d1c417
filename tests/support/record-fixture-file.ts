// Writes the workbook (twenty activities, three faulty) to stdout, for the browser tests:
// Playwright's loader cannot import the message catalogues (JSON) its headings come from.
import { recordWorkbook, twentyActivities } from "./record-fixture";

process.stdout.write(await recordWorkbook(twentyActivities().rows));
