using System.Collections.Generic;

namespace Wassist.SpecTool.Drift;

/// <summary>The kinds of change the drift report tells apart, and which of them break the generated client.</summary>
public static class ChangeKinds
{
    public const string OperationRemoved = "operation-removed";
    public const string OperationMoved = "operation-moved";
    public const string OperationRenamed = "operation-renamed";
    public const string ResponseRemoved = "response-removed";
    public const string ResponseFieldRemoved = "response-field-removed";
    public const string ResponseFieldNullable = "response-field-nullable";
    public const string ResponseFieldOptional = "response-field-optional";
    public const string RequestFieldRemoved = "request-field-removed";
    public const string RequestFieldRequired = "request-field-required";
    public const string RequestBodyChanged = "request-body-changed";
    public const string ParameterRequired = "parameter-required";
    public const string ParameterRemoved = "parameter-removed";
    public const string TypeChanged = "type-changed";
    public const string FormatChanged = "format-changed";
    public const string EnumValueRemoved = "enum-value-removed";
    public const string SecuritySchemeRemoved = "security-scheme-removed";
    public const string SecuritySchemeChanged = "security-scheme-changed";
    public const string ApiKeyNotAccepted = "api-key-not-accepted";
    public const string ServerUrlChanged = "server-url-changed";
    public const string ContentTypeChanged = "content-type-changed";
    public const string ConstraintTightened = "constraint-tightened";
    public const string ResponseHeaderRemoved = "response-header-removed";

    public const string OperationAdded = "operation-added";
    public const string ResponseAdded = "response-added";
    public const string OptionalFieldAdded = "optional-field-added";
    public const string OptionalParameterAdded = "optional-parameter-added";
    public const string EnumValueAdded = "enum-value-added";
    public const string SecuritySchemeAdded = "security-scheme-added";
    public const string SecurityRequirementChanged = "security-requirement-changed";
    public const string ServerAdded = "server-added";
    public const string ServerRemoved = "server-removed";
    public const string ContentTypeAdded = "content-type-added";
    public const string ConstraintRelaxed = "constraint-relaxed";
    public const string ResponseHeaderAdded = "response-header-added";

    private static readonly HashSet<string> Breaking =
    [
        OperationRemoved, OperationMoved, OperationRenamed, ResponseRemoved, ResponseFieldRemoved, ResponseFieldNullable,
        ResponseFieldOptional, RequestFieldRemoved, RequestFieldRequired, RequestBodyChanged, ParameterRequired,
        ParameterRemoved, TypeChanged, FormatChanged, EnumValueRemoved, SecuritySchemeRemoved, SecuritySchemeChanged,
        ApiKeyNotAccepted, ServerUrlChanged, ContentTypeChanged, ConstraintTightened, ResponseHeaderRemoved,
    ];

    public static bool IsBreaking(string kind) => Breaking.Contains(kind);
}
