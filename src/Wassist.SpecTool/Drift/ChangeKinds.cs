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

    public const string OperationAdded = "operation-added";
    public const string ResponseAdded = "response-added";
    public const string OptionalFieldAdded = "optional-field-added";
    public const string OptionalParameterAdded = "optional-parameter-added";
    public const string EnumValueAdded = "enum-value-added";

    private static readonly HashSet<string> Breaking =
    [
        OperationRemoved, OperationMoved, OperationRenamed, ResponseRemoved, ResponseFieldRemoved, ResponseFieldNullable,
        ResponseFieldOptional, RequestFieldRemoved, RequestFieldRequired, RequestBodyChanged, ParameterRequired,
        ParameterRemoved, TypeChanged, FormatChanged, EnumValueRemoved,
    ];

    public static bool IsBreaking(string kind) => Breaking.Contains(kind);
}
