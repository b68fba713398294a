namespace AgentGen.Implementations;

/// <summary>JSON property names as Microsoft.Extensions.AI's default serializer options write them (web defaults: camelCase).</summary>
internal static class JsonNames
{
    /// <summary>System.Text.Json's camelCase: the leading run of capitals is lowered, but the last of a run followed by a
    /// lower-case letter keeps its capital (<c>URLValue</c> gives <c>urlValue</c>, <c>ID</c> gives <c>id</c>).</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
