/**
 * Which schema types the kiota SDKs hold as untyped JSON. `microsoft.graph.Json` (any JSON value:
 * a workbook range's `values`, a chart axis' `maximum`) is no model class in any SDK: C#, Go and
 * Java type it as kiota's `UntypedNode`; the Python SDK declares no attribute for such a property
 * at all (it is sent through `additional_data`). `Edm.Untyped` is the same in every SDK.
 */
/** The schema's any-JSON complex type. */
export const JSON_TYPE = 'microsoft.graph.Json';

export function untypedInSdk(typeName: string): boolean {
  return typeName === 'Edm.Untyped' || typeName === JSON_TYPE;
}

/**
 * Which return types the kiota SDKs read as a stream: `Edm.Stream`, and `microsoft.graph.report`,
 * which the reports functions return (`getYammerActivityUserDetail(date=…)`): Graph's OpenAPI
 * description serves it as the report's CSV content, so the SDKs return an `InputStream`/`[]byte`.
 */
export function streamInSdk(typeName: string): boolean {
  return typeName === 'Edm.Stream' || typeName === 'microsoft.graph.report';
}
