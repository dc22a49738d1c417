import { notFound } from "next/navigation";

/** Any path the app does not know gets the localized 404 page. */
export default function CatchAll() {
  notFound();
}
