import { Prisma } from "../../generated/prisma/client";
import type { Provider } from "../backup/batches";

/**
 * The database the generated client was generated for (it is generated per provider, see
 * README). Only PostgreSQL's client offers isolation levels weaker than Serializable, which
 * tells the two apart through the public API.
 */
export const generatedProvider: Provider = "RepeatableRead" in Prisma.TransactionIsolationLevel ? "postgresql" : "sqlite";
