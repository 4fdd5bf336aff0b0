using System.Text.Json;

namespace Anonymizer.Tabular.Tests;

public sealed class ColumnPoliciesTests
{
    private static ColumnPolicies Parse(string json) => ColumnPolicies.Parse(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Reads_every_mode_in_short_and_object_form()
    {
        var policies = Parse("""
            { "email": { "mode": "entity", "entity": "email_address", "note": "by name" },
              "bio": "scan", "notes": { "mode": "scan", "context": ["patient"] }, "id": "keep", "ssn": "drop" }
            """);
        Assert.Equal(new ColumnPolicy(ColumnMode.Entity, "EMAIL_ADDRESS"), policies.For("email"));
        Assert.Equal(ColumnMode.Scan, policies.For("bio").Mode);
        Assert.Equal(["patient"], policies.For("notes").ContextWords!);
        Assert.Equal(ColumnMode.Keep, policies.For("id").Mode);
        Assert.Equal(ColumnMode.Scan, policies.For("unnamed").Mode);
        Assert.Equal(["ssn"], policies.Dropped);
    }

    [Theory]
    [InlineData("""[]""", "$.columns: expected an object")]
    [InlineData("""{ "email": { "mode": "hide" } }""", "$.columns.email.mode: unknown mode 'hide'")]
    [InlineData("""{ "email": { "mode": "entity" } }""", "$.columns.email.entity: missing")]
    [InlineData("""{ "email": "entity" }""", "$.columns.email: mode 'entity' needs an entity type")]
    [InlineData("""{ "email": { "entity": "EMAIL_ADDRESS" } }""", "$.columns.email.mode: missing")]
    [InlineData("""{ "email": { "mode": "keep", "entity": "EMAIL_ADDRESS" } }""", "$.columns.email.entity: only allowed")]
    [InlineData("""{ "bio": { "mode": "scan", "context": [1] } }""", "$.columns.bio.context[0]: expected a non-empty string")]
    [InlineData("""{ "bio": { "mode": "scan", "colour": 1 } }""", "$.columns.bio.colour: unknown member")]
    [InlineData("""{ "bio": 3 }""", "$.columns.bio: expected a mode name or an object")]
    public void Errors_name_the_json_path(string json, string message)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(json));
        Assert.StartsWith(message, ex.Message);
    }
}
