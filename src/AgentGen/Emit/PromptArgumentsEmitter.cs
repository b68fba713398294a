using System.Collections.Generic;
using System.Linq;
using AgentGen.Model;
using AgentGen.Naming;
using AgentGen.Parsing;

namespace AgentGen.Emit;

/// <summary>
/// For an agent whose prompt has <c>{{path}}</c> placeholders: <c>PromptPlaceholders</c>, a <c>PromptArguments</c> type
/// shaped like the paths (<c>new XAgent.PromptArguments { TechStack = { Backend = { Framework = "ASP.NET Core" } } }</c>,
/// C# 7.3 and up), and <c>RenderPrompt</c> from those arguments or from a lookup by path (configuration, a YAML file).
/// </summary>
internal static class PromptArgumentsEmitter
{
    public static void Write(SourceWriter w, AgentEmitModel model)
    {
        var s = model.Settings;
        var placeholders = model.Agent.PromptPlaceholders;
        var str = s.Nullable("string");
        var typed = PromptLimits.Excess(placeholders) is null;
        w.Line();
        w.Summary(typed
            ? "The placeholders of the prompt, in order of first use: " + string.Join(", ", placeholders) + "."
            : $"The {placeholders.Count} placeholders of the prompt, in order of first use.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> PromptPlaceholders { get { return Definition.PromptPlaceholders; } }");
        w.Line();
        w.Summary("Renders the prompt with a value for each placeholder, by path (such as a lookup in IConfiguration).");
        w.Line("/// <param name=\"values\">The value of a placeholder by path, or null when it has none.</param>");
        w.Line("/// <param name=\"keepMissing\">True to leave a placeholder without value as written instead of throwing.</param>");
        w.Line("/// <returns>The rendered prompt.</returns>");
        w.Line($"public static string RenderPrompt(global::System.Func<string, {str}> values, bool keepMissing = false) {{ return Definition.RenderPrompt(values, keepMissing); }}");
        if (!typed)
        {
            return; // beyond PromptLimits: no typed arguments (AGEN036 says why)
        }

        var root = Tree(placeholders);
        w.Line();
        w.Summary("Renders the prompt with typed values.");
        w.Line("/// <param name=\"arguments\">The values.</param>");
        w.Line("/// <param name=\"keepMissing\">True to leave a placeholder without value as written instead of throwing.</param>");
        w.Line("/// <returns>The rendered prompt.</returns>");
        w.Open("public static string RenderPrompt(PromptArguments arguments, bool keepMissing = false)");
        w.Line("if (arguments == null) throw new global::System.ArgumentNullException(\"arguments\");");
        w.Line("return Definition.RenderPrompt(arguments.ValueOf, keepMissing);");
        w.Close();
        w.Line();
        WriteNode(w, root, "PromptArguments", "Values for the prompt's placeholders, shaped like their paths.", s, placeholders);
    }

    private static void WriteNode(SourceWriter w, Node node, string className, string summary, EmitSettings s, IReadOnlyList<string>? placeholders = null)
    {
        w.Summary(summary);
        w.Open($"public sealed class {className}");
        var first = true;
        foreach (var child in node.Children)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            if (child.Children.Count == 0)
            {
                w.Summary($"The value of {{{{{child.Path}}}}}.");
                w.Line($"public {s.Nullable("string")} {child.Property} {{ get; set; }}");
            }
            else
            {
                w.Summary($"The values under {child.Prefix}.");
                w.Line($"public {child.ClassName} {child.Property} {{ get; }} = new {child.ClassName}();");
                w.Line();
                WriteNode(w, child, child.ClassName, $"Values for the placeholders under {child.Prefix}.", s);
            }
        }

        if (placeholders is not null)
        {
            // The root's lookup by path: RenderPrompt uses it, and AgentRunSettings.PromptValues takes it as a method group.
            w.Line();
            w.Summary("The value of a placeholder by its path, or null when it has none: AgentRunSettings.PromptValues = arguments.ValueOf.");
            w.Line("/// <param name=\"path\">The placeholder's path, such as " + CSharpText.XmlDoc(placeholders[0]) + ".</param>");
            w.Line("/// <returns>The value, or null.</returns>");
            w.Open($"public {s.Nullable("string")} ValueOf(string path)");
            w.Open("switch (path)");
            foreach (var path in placeholders)
            {
                w.Line($"case {CSharpText.Literal(path)}: return {string.Join(".", node.PropertiesTo(path))};");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
        }

        if (node.Path is not null && node.Children.Count > 0)
        {
            w.Line();
            w.Summary($"The value of {{{{{node.Path}}}}} itself.");
            w.Line($"public {s.Nullable("string")} {node.ValueProperty} {{ get; set; }}");
        }

        w.Close();
    }

    private static Node Tree(IEnumerable<string> paths)
    {
        var root = new Node(string.Empty, string.Empty, null);
        foreach (var path in paths)
        {
            var node = root;
            var segments = path.Split('.');
            for (var i = 0; i < segments.Length; i++)
            {
                node = node.Child(segments[i]);
            }

            node.Path = path;
        }

        root.Name(new HashSet<string>(System.StringComparer.Ordinal) { "PromptArguments" });
        return root;
    }

    /// <summary>One segment of the paths: a string property (a leaf) or a nested arguments class (a group).</summary>
    private sealed class Node
    {
        private readonly string _segment;

        public Node(string segment, string prefix, Node? parent)
        {
            _segment = segment;
            Prefix = prefix;
            Parent = parent;
        }

        public Node? Parent { get; }

        public string Prefix { get; }

        /// <summary>The full path when this segment is a placeholder itself.</summary>
        public string? Path { get; set; }

        public List<Node> Children { get; } = new();

        public string Property { get; private set; } = string.Empty;

        public string ClassName { get; private set; } = string.Empty;

        /// <summary>The property for a group's own value (<c>{{a}}</c> beside <c>{{a.b}}</c>).</summary>
        public string ValueProperty { get; private set; } = "Value";

        public Node Child(string segment)
        {
            var child = Children.FirstOrDefault(c => c._segment == segment);
            if (child is null)
            {
                child = new Node(segment, Prefix.Length == 0 ? segment : Prefix + "." + segment, this);
                Children.Add(child);
            }

            return child;
        }

        /// <summary>Unique names: properties within a class, classes against their enclosing classes (CS0542).</summary>
        public void Name(HashSet<string> enclosingClasses)
        {
            // The root class has the ValueOf method: no property may take its name.
            var used = Parent is null ? new HashSet<string>(System.StringComparer.Ordinal) { "ValueOf" } : new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var child in Children)
            {
                child.Property = Unique(Identifiers.Pascal(child._segment, "Value"), used, enclosingClasses);
                if (child.Children.Count > 0)
                {
                    child.ClassName = Unique(child.Property + "Arguments", used, enclosingClasses);
                    child.ValueProperty = Unique("Value", new HashSet<string>(child.Children.Select(c => Identifiers.Pascal(c._segment, "Value")), System.StringComparer.Ordinal), enclosingClasses);
                    child.Name(new HashSet<string>(enclosingClasses, System.StringComparer.Ordinal) { child.ClassName });
                }
            }
        }

        /// <summary>The property chain from the root's arguments to a path's value.</summary>
        public IEnumerable<string> PropertiesTo(string path)
        {
            var node = this;
            foreach (var segment in path.Split('.'))
            {
                node = node.Children.First(c => c._segment == segment);
                yield return node.Property;
            }

            if (node.Children.Count > 0)
            {
                yield return node.ValueProperty;
            }
        }

        private static string Unique(string name, HashSet<string> used, HashSet<string> enclosing)
        {
            var candidate = name;
            for (var i = 2; used.Contains(candidate) || enclosing.Contains(candidate); i++)
            {
                candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            used.Add(candidate);
            return candidate;
        }
    }
}
