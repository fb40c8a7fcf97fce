using System;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Tests;

/// <summary>A small published description, and copies of it with one change, for the drift checker's tests.</summary>
internal static class SpecVariants
{
    public static JObject Base() => JObject.Parse("""
        {
          "openapi": "3.0.3",
          "paths": {
            "/api/v1/things/": {
              "post": {
                "operationId": "Things_Create",
                "parameters": [ { "name": "dryRun", "in": "query", "schema": { "type": "boolean" } } ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingInput" } } } },
                "responses": { "201": { "description": "", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
              },
              "get": {
                "operationId": "Things_List",
                "responses": { "200": { "description": "", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "ThingInput": {
                "type": "object",
                "properties": { "name": { "type": "string" }, "size": { "type": "integer" } },
                "required": [ "name" ]
              },
              "Thing": {
                "type": "object",
                "properties": {
                  "id": { "type": "string", "format": "uuid", "readOnly": true },
                  "name": { "type": "string" },
                  "count": { "type": "integer" },
                  "status": { "$ref": "#/components/schemas/ThingStatus" }
                },
                "required": [ "id", "name" ]
              },
              "ThingStatus": { "type": "string", "enum": [ "open", "closed" ] }
            }
          }
        }
        """);

    /// <summary>The base description with <paramref name="change"/> made to it.</summary>
    public static JObject With(Action<JObject> change)
    {
        var spec = Base();
        change(spec);
        return spec;
    }

    public static JObject Schema(this JObject spec, string name) => (JObject)spec["components"]!["schemas"]![name]!;

    public static JObject Properties(this JObject spec, string schema) => (JObject)spec.Schema(schema)["properties"]!;

    public static JObject Path(this JObject spec, string path = "/api/v1/things/") => (JObject)spec["paths"]![path]!;
}
