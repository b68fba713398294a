namespace AgentGen.Runtime
{
    /// <summary>
    /// Reads a tool's arguments and writes its results as JSON with no reflection, for the functions the generator binds
    /// at compile time: the built-in values here, enums, collections and objects in the generated code that calls these.
    /// Models quote numbers and booleans now and then; those are read too. What cannot be read throws an
    /// <see cref="AgentToolArgumentException"/> that names the argument and says what it should be.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal static class AgentToolJson
    {
        private static readonly global::System.Globalization.CultureInfo Invariant = global::System.Globalization.CultureInfo.InvariantCulture;

        /// <summary>An argument of the model's, read by <paramref name="read"/> unless it is a value of the type already.</summary>
        public static T Argument<T>(global::Microsoft.Extensions.AI.AIFunctionArguments arguments, string name, bool required, T defaultValue, global::System.Func<global::System.Text.Json.JsonElement, string, T> read)
        {
            object? raw;
            if (!arguments.TryGetValue(name, out raw))
            {
                if (required)
                {
                    throw new AgentToolArgumentException(name, "The argument '" + name + "' is missing: it is required.");
                }

                return defaultValue;
            }

            if (raw is T)
            {
                return (T)raw;
            }

            return read(ToElement(raw, name), name);
        }

        /// <summary>Checks that a value is of a JSON kind.</summary>
        public static void Expect(global::System.Text.Json.JsonElement json, global::System.Text.Json.JsonValueKind kind, string path)
        {
            if (json.ValueKind != kind)
            {
                throw Invalid(json, path, kind == global::System.Text.Json.JsonValueKind.Array ? "an array" : "an object");
            }
        }

        /// <summary>Whether a JSON property has a name, ignoring case (as the web defaults read).</summary>
        public static bool NameIs(global::System.Text.Json.JsonProperty property, string name)
        {
            return string.Equals(property.Name, name, global::System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether a value is JSON null (or absent).</summary>
        public static bool IsNull(global::System.Text.Json.JsonElement json)
        {
            return json.ValueKind == global::System.Text.Json.JsonValueKind.Null || json.ValueKind == global::System.Text.Json.JsonValueKind.Undefined;
        }

        /// <summary>A result, as JSON written by <paramref name="write"/>; null stays null.</summary>
        public static object? Result<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
        {
            if (value == null)
            {
                return null;
            }

            var buffer = new global::System.IO.MemoryStream();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
            {
                write(writer, value);
            }

            using (var document = global::System.Text.Json.JsonDocument.Parse(buffer.ToArray()))
            {
                return document.RootElement.Clone();
            }
        }

        /// <summary>An argument given as a .NET value (a caller's own dictionary) as JSON, for the generated readers.</summary>
        public static global::System.Text.Json.JsonElement ToElement(object? value, string path)
        {
            if (value is global::System.Text.Json.JsonElement)
            {
                return (global::System.Text.Json.JsonElement)value;
            }

            var buffer = new global::System.IO.MemoryStream();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
            {
                WriteAny(writer, value, path);
            }

            using (var document = global::System.Text.Json.JsonDocument.Parse(buffer.ToArray()))
            {
                return document.RootElement.Clone();
            }
        }

        /// <summary>Any JSON, as given.</summary>
        public static global::System.Text.Json.JsonElement ReadJson(global::System.Text.Json.JsonElement json, string path)
        {
            return json;
        }

        /// <summary>Any JSON, for an <c>object</c>: null, or the JSON element.</summary>
        public static object? ReadAny(global::System.Text.Json.JsonElement json, string path)
        {
            return IsNull(json) ? null : (object)json;
        }

        /// <summary>Text; a number or boolean is taken as written.</summary>
        public static string? ReadString(global::System.Text.Json.JsonElement json, string path)
        {
            switch (json.ValueKind)
            {
                case global::System.Text.Json.JsonValueKind.String:
                    return json.GetString();
                case global::System.Text.Json.JsonValueKind.Null:
                case global::System.Text.Json.JsonValueKind.Undefined:
                    return null;
                case global::System.Text.Json.JsonValueKind.Number:
                case global::System.Text.Json.JsonValueKind.True:
                case global::System.Text.Json.JsonValueKind.False:
                    return json.GetRawText();
                default:
                    throw Invalid(json, path, "a string");
            }
        }

        /// <summary>One character.</summary>
        public static char ReadChar(global::System.Text.Json.JsonElement json, string path)
        {
            var text = json.ValueKind == global::System.Text.Json.JsonValueKind.String ? json.GetString() : null;
            if (text == null || text.Length != 1)
            {
                throw Invalid(json, path, "a string of one character");
            }

            return text[0];
        }

        /// <summary>true or false (also as a string).</summary>
        public static bool ReadBoolean(global::System.Text.Json.JsonElement json, string path)
        {
            bool value;
            if (json.ValueKind == global::System.Text.Json.JsonValueKind.True || json.ValueKind == global::System.Text.Json.JsonValueKind.False)
            {
                return json.GetBoolean();
            }

            if (json.ValueKind == global::System.Text.Json.JsonValueKind.String && bool.TryParse(json.GetString(), out value))
            {
                return value;
            }

            throw Invalid(json, path, "true or false");
        }

        /// <summary>An integer of 0 to 255.</summary>
        public static byte ReadByte(global::System.Text.Json.JsonElement json, string path) { return checked((byte)Integer(json, path, byte.MinValue, byte.MaxValue)); }

        /// <summary>An integer of -128 to 127.</summary>
        public static sbyte ReadSByte(global::System.Text.Json.JsonElement json, string path) { return checked((sbyte)Integer(json, path, sbyte.MinValue, sbyte.MaxValue)); }

        /// <summary>A 16-bit integer.</summary>
        public static short ReadInt16(global::System.Text.Json.JsonElement json, string path) { return checked((short)Integer(json, path, short.MinValue, short.MaxValue)); }

        /// <summary>An unsigned 16-bit integer.</summary>
        public static ushort ReadUInt16(global::System.Text.Json.JsonElement json, string path) { return checked((ushort)Integer(json, path, ushort.MinValue, ushort.MaxValue)); }

        /// <summary>A 32-bit integer.</summary>
        public static int ReadInt32(global::System.Text.Json.JsonElement json, string path) { return checked((int)Integer(json, path, int.MinValue, int.MaxValue)); }

        /// <summary>An unsigned 32-bit integer.</summary>
        public static uint ReadUInt32(global::System.Text.Json.JsonElement json, string path) { return checked((uint)Integer(json, path, uint.MinValue, uint.MaxValue)); }

        /// <summary>A 64-bit integer.</summary>
        public static long ReadInt64(global::System.Text.Json.JsonElement json, string path) { return Integer(json, path, long.MinValue, long.MaxValue); }

        /// <summary>An unsigned 64-bit integer.</summary>
        public static ulong ReadUInt64(global::System.Text.Json.JsonElement json, string path)
        {
            ulong value;
            if ((json.ValueKind == global::System.Text.Json.JsonValueKind.Number && json.TryGetUInt64(out value))
                || (json.ValueKind == global::System.Text.Json.JsonValueKind.String && ulong.TryParse(json.GetString(), global::System.Globalization.NumberStyles.Integer, Invariant, out value)))
            {
                return value;
            }

            throw Invalid(json, path, "an integer from 0 to " + ulong.MaxValue.ToString(Invariant));
        }

        /// <summary>A number.</summary>
        public static float ReadSingle(global::System.Text.Json.JsonElement json, string path) { return (float)ReadDouble(json, path); }

        /// <summary>A number.</summary>
        public static double ReadDouble(global::System.Text.Json.JsonElement json, string path)
        {
            double value;
            if ((json.ValueKind == global::System.Text.Json.JsonValueKind.Number && json.TryGetDouble(out value))
                || (json.ValueKind == global::System.Text.Json.JsonValueKind.String && double.TryParse(json.GetString(), global::System.Globalization.NumberStyles.Float, Invariant, out value)))
            {
                return value;
            }

            throw Invalid(json, path, "a number");
        }

        /// <summary>A decimal number.</summary>
        public static decimal ReadDecimal(global::System.Text.Json.JsonElement json, string path)
        {
            decimal value;
            if ((json.ValueKind == global::System.Text.Json.JsonValueKind.Number && json.TryGetDecimal(out value))
                || (json.ValueKind == global::System.Text.Json.JsonValueKind.String && decimal.TryParse(json.GetString(), global::System.Globalization.NumberStyles.Float, Invariant, out value)))
            {
                return value;
            }

            throw Invalid(json, path, "a number");
        }

        /// <summary>A date and time, ISO 8601.</summary>
        public static global::System.DateTime ReadDateTime(global::System.Text.Json.JsonElement json, string path)
        {
            global::System.DateTime value;
            if (json.ValueKind == global::System.Text.Json.JsonValueKind.String && json.TryGetDateTime(out value))
            {
                return value;
            }

            throw Invalid(json, path, "a date and time in ISO 8601 (2026-12-04T10:30:00Z)");
        }

        /// <summary>A date and time with an offset, ISO 8601.</summary>
        public static global::System.DateTimeOffset ReadDateTimeOffset(global::System.Text.Json.JsonElement json, string path)
        {
            global::System.DateTimeOffset value;
            if (json.ValueKind == global::System.Text.Json.JsonValueKind.String && json.TryGetDateTimeOffset(out value))
            {
                return value;
            }

            throw Invalid(json, path, "a date and time in ISO 8601 (2026-12-04T10:30:00+01:00)");
        }

        /// <summary>A duration, as .NET writes one (d.hh:mm:ss).</summary>
        public static global::System.TimeSpan ReadTimeSpan(global::System.Text.Json.JsonElement json, string path)
        {
            global::System.TimeSpan value;
            if (json.ValueKind == global::System.Text.Json.JsonValueKind.String && global::System.TimeSpan.TryParseExact(json.GetString(), "c", Invariant, out value))
            {
                return value;
            }

            throw Invalid(json, path, "a duration such as 01:30:00");
        }

        /// <summary>A GUID.</summary>
        public static global::System.Guid ReadGuid(global::System.Text.Json.JsonElement json, string path)
        {
            global::System.Guid value;
            if (json.ValueKind == global::System.Text.Json.JsonValueKind.String && json.TryGetGuid(out value))
            {
                return value;
            }

            throw Invalid(json, path, "a GUID");
        }

        /// <summary>Writes text or null.</summary>
        public static void WriteString(global::System.Text.Json.Utf8JsonWriter writer, string? value)
        {
            if (value == null) writer.WriteNullValue(); else writer.WriteStringValue(value);
        }

        /// <summary>Writes one character.</summary>
        public static void WriteChar(global::System.Text.Json.Utf8JsonWriter writer, char value) { writer.WriteStringValue(value.ToString()); }

        /// <summary>Writes true or false.</summary>
        public static void WriteBoolean(global::System.Text.Json.Utf8JsonWriter writer, bool value) { writer.WriteBooleanValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteByte(global::System.Text.Json.Utf8JsonWriter writer, byte value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteSByte(global::System.Text.Json.Utf8JsonWriter writer, sbyte value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteInt16(global::System.Text.Json.Utf8JsonWriter writer, short value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteUInt16(global::System.Text.Json.Utf8JsonWriter writer, ushort value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteInt32(global::System.Text.Json.Utf8JsonWriter writer, int value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteUInt32(global::System.Text.Json.Utf8JsonWriter writer, uint value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteInt64(global::System.Text.Json.Utf8JsonWriter writer, long value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number.</summary>
        public static void WriteUInt64(global::System.Text.Json.Utf8JsonWriter writer, ulong value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a number (NaN and infinities, which JSON lacks, as strings).</summary>
        public static void WriteSingle(global::System.Text.Json.Utf8JsonWriter writer, float value) { WriteDouble(writer, value); }

        /// <summary>Writes a number (NaN and infinities, which JSON lacks, as strings).</summary>
        public static void WriteDouble(global::System.Text.Json.Utf8JsonWriter writer, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) writer.WriteStringValue(value.ToString(Invariant)); else writer.WriteNumberValue(value);
        }

        /// <summary>Writes a number.</summary>
        public static void WriteDecimal(global::System.Text.Json.Utf8JsonWriter writer, decimal value) { writer.WriteNumberValue(value); }

        /// <summary>Writes a date and time, ISO 8601.</summary>
        public static void WriteDateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTime value) { writer.WriteStringValue(value); }

        /// <summary>Writes a date and time with its offset, ISO 8601.</summary>
        public static void WriteDateTimeOffset(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value) { writer.WriteStringValue(value); }

        /// <summary>Writes a duration (d.hh:mm:ss).</summary>
        public static void WriteTimeSpan(global::System.Text.Json.Utf8JsonWriter writer, global::System.TimeSpan value) { writer.WriteStringValue(value.ToString("c", Invariant)); }

        /// <summary>Writes a GUID.</summary>
        public static void WriteGuid(global::System.Text.Json.Utf8JsonWriter writer, global::System.Guid value) { writer.WriteStringValue(value); }

        /// <summary>Writes JSON as it is.</summary>
        public static void WriteJson(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement value) { value.WriteTo(writer); }

        /// <summary>Writes an <c>object</c>: JSON, text, numbers, booleans, dates, GUIDs, enums, and dictionaries and sequences of these.</summary>
        public static void WriteAny(global::System.Text.Json.Utf8JsonWriter writer, object? value) { WriteAny(writer, value, "value"); }

        private static void WriteAny(global::System.Text.Json.Utf8JsonWriter writer, object? value, string path)
        {
            if (value == null) { writer.WriteNullValue(); return; }
            if (value is global::System.Text.Json.JsonElement) { ((global::System.Text.Json.JsonElement)value).WriteTo(writer); return; }
            if (value is global::System.Text.Json.JsonDocument) { ((global::System.Text.Json.JsonDocument)value).RootElement.WriteTo(writer); return; }
            var text = value as string;
            if (text != null) { writer.WriteStringValue(text); return; }
            if (value is bool) { writer.WriteBooleanValue((bool)value); return; }
            if (value is int) { writer.WriteNumberValue((int)value); return; }
            if (value is long) { writer.WriteNumberValue((long)value); return; }
            if (value is double) { WriteDouble(writer, (double)value); return; }
            if (value is float) { WriteDouble(writer, (float)value); return; }
            if (value is decimal) { writer.WriteNumberValue((decimal)value); return; }
            if (value is short) { writer.WriteNumberValue((short)value); return; }
            if (value is byte) { writer.WriteNumberValue((byte)value); return; }
            if (value is uint) { writer.WriteNumberValue((uint)value); return; }
            if (value is ulong) { writer.WriteNumberValue((ulong)value); return; }
            if (value is ushort) { writer.WriteNumberValue((ushort)value); return; }
            if (value is sbyte) { writer.WriteNumberValue((sbyte)value); return; }
            if (value is char) { writer.WriteStringValue(value.ToString()); return; }
            if (value is global::System.DateTime) { writer.WriteStringValue((global::System.DateTime)value); return; }
            if (value is global::System.DateTimeOffset) { writer.WriteStringValue((global::System.DateTimeOffset)value); return; }
            if (value is global::System.Guid) { writer.WriteStringValue((global::System.Guid)value); return; }
            if (value is global::System.TimeSpan) { WriteTimeSpan(writer, (global::System.TimeSpan)value); return; }
            if (value is global::System.Enum) { writer.WriteStringValue(value.ToString()); return; }
            var dictionary = value as global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, object?>>;
            if (dictionary != null)
            {
                writer.WriteStartObject();
                foreach (var entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteAny(writer, entry.Value, path + "." + entry.Key);
                }

                writer.WriteEndObject();
                return;
            }

            var sequence = value as global::System.Collections.IEnumerable;
            if (sequence != null)
            {
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in sequence)
                {
                    WriteAny(writer, item, path + "[" + i++ + "]");
                }

                writer.WriteEndArray();
                return;
            }

            throw new AgentToolArgumentException(path, "The value of '" + path + "' is a " + value.GetType() + ", which AgentGen cannot write without reflection: give JSON (a JsonElement), text, numbers, or collections of these.");
        }

        private static long Integer(global::System.Text.Json.JsonElement json, string path, long min, long max)
        {
            long value = 0;
            var read = (json.ValueKind == global::System.Text.Json.JsonValueKind.Number && json.TryGetInt64(out value))
                || (json.ValueKind == global::System.Text.Json.JsonValueKind.String && long.TryParse(json.GetString(), global::System.Globalization.NumberStyles.Integer, Invariant, out value));
            if (!read || value < min || value > max)
            {
                throw Invalid(json, path, "an integer from " + min.ToString(Invariant) + " to " + max.ToString(Invariant));
            }

            return value;
        }

        /// <summary>The error for a value of the wrong kind: where it is, what it should be, and what the model gave.</summary>
        public static AgentToolArgumentException Invalid(global::System.Text.Json.JsonElement json, string path, string expected)
        {
            var given = json.ValueKind == global::System.Text.Json.JsonValueKind.Undefined ? "nothing" : json.GetRawText();
            if (given.Length > 80)
            {
                given = given.Substring(0, 80) + "...";
            }

            return new AgentToolArgumentException(path, "The argument '" + path + "' must be " + expected + ", but the model gave " + given + ".");
        }
    }

    /// <summary>An argument a tool could not read: the message names it, says what it should be, and what the model gave.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    public sealed class AgentToolArgumentException : global::System.ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="path">Where the value is: the argument, and inside it (<c>order.items[2].quantity</c>).</param>
        /// <param name="message">What is wrong.</param>
        public AgentToolArgumentException(string path, string message)
            : base(message)
        {
            Path = path;
        }

        /// <summary>Where the value is: the argument, and inside it (<c>order.items[2].quantity</c>).</summary>
        public string Path { get; }
    }
}
