using Microsoft.Extensions.Configuration;

namespace Anonymizer.Extensions.Tests;

internal static class TestConfig
{
    public static IConfigurationRoot FromJson(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
}
