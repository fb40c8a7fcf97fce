using System;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Tests;

/// <summary>A small published description, and copies of it with one change, for the drift checker's tests.</summary>
internal static class SpecVariants
{
    public static JObject Base() => JObject.Parse("""
        {
          "openapi": "3.0.3",
          "servers": [ { "url": "https://api.things.test", "description": "Production" }, { "url": "http://localhost:8050", "description": "Development" } ],
          "security": [],
          "paths": {
            "/api/v1/things/": {
              "post": {
                "operationId": "Things_Create",
                "security": [ { "ApiKeyAuth": [] } ],
                "parameters": [ { "name": "dryRun", "in": "query", "schema": { "type": "boolean" } } ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingInput" } } } },
                "responses": {
                  "201": {
                    "description": "",
                    "headers": { "X-Request-Id": { "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } }
                  },
                  "429": { "description": "", "headers": { "Retry-After": { "schema": { "type": "integer" } } } }
                }
              },
              "get": {
                "operationId": "Things_List",
                "security": [ { "ApiKeyAuth": [] } ],
                "parameters": [
                  { "name": "X-Trace-Id", "in": "header", "schema": { "type": "string", "maxLength": 64 } },
                  { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100 } }
                ],
                "responses": { "200": { "description": "", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } } } }
              }
            }
          },
          "components": {
            "securitySchemes": { "ApiKeyAuth": { "type": "apiKey", "in": "header", "name": "X-API-Key" } },
            "schemas": {
              "ThingInput": {
                "type": "object",
                "properties": {
                  "name": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[a-z ]+$" },
                  "size": { "type": "integer", "minimum": 0, "maximum": 10 },
                  "labels": { "type": "array", "items": { "type": "string" }, "maxItems": 5 },
                  "kind": { "type": "string", "enum": [ "small", "large" ] }
                },
                "required": [ "name" ]
              },
              "Thing": {
                "type": "object",
                "properties": {
                  "id": { "type": "string", "format": "uuid", "readOnly": true },
                  "name": { "type": "string" },
                  "count": { "type": "integer" },
                  "status": { "$ref": "#/components/schemas/ThingStatus" },
                  "meta": { "properties": { "note": { "type": "string" } } }
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

    public static JObject Operation(this JObject spec, string method) => (JObject)spec.Path()[method]!;

    /// <summary>Moves a member to a new name, keeping its value (a media type or a header renamed).</summary>
    public static void Rename(this JObject container, string from, string to)
    {
        var value = container[from]!;
        container.Remove(from);
        container[to] = value;
    }
}
