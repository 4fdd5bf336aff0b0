namespace Anonymizer.Tests.Support;

/// <summary>
/// Tests that measure what the current thread allocates run alone: the source-generated regexes are shared singletons,
/// and a regex in use on another thread makes the next caller build a runner of its own — an allocation of the
/// test's thread that the recognizer under test did not cause.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Serial (allocation measurements)";
}
