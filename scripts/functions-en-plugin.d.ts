/** Types of functions-en-plugin.js, for the tests that check the English metadata. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

export interface Metadata {
  functions: FunctionMetadata[];
}

export interface TranslationTable {
  [id: string]: {
    name: string;
    description: string;
    parameters: { [swedishName: string]: { name: string; description: string } };
  };
}

export function translateMetadata(sv: Metadata, table: TranslationTable): Metadata;

export class FunctionsEnPlugin {
  constructor(options: { input: string; output: string; translations: string });
  apply(compiler: unknown): void;
}
