namespace AgentGen.Runtime
{
    /// <summary>
    /// Reads the compact JSON AgentGen writes for an agent's settings (one string constant per agent, decoded on first
    /// use): a forward-only reader over objects, arrays, strings, numbers, booleans and null, with raw access to nested
    /// values (hooks, MCP configurations). Written for that input only: it assumes well-formed JSON.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("AgentGen", "0.0.0")]
    internal sealed class AgentJsonReader
    {
        private readonly string _json;
        private int _position;

        /// <summary>Starts reading at the beginning of <paramref name="json"/>.</summary>
        /// <param name="json">Well-formed JSON.</param>
        public AgentJsonReader(string json)
        {
            _json = json ?? throw new global::System.ArgumentNullException("json");
        }

        /// <summary>Moves to the next property of the current object (entering it on the first call).</summary>
        /// <param name="name">The property's name.</param>
        /// <returns>False at the end of the object.</returns>
        public bool NextProperty(out string name)
        {
            if (!NextItem('{', '}'))
            {
                name = string.Empty;
                return false;
            }

            name = ReadString();
            SkipWhitespace();
            _position++; // ':'
            return true;
        }

        /// <summary>Moves to the next element of the current array (entering it on the first call).</summary>
        /// <returns>False at the end of the array.</returns>
        public bool NextElement()
        {
            return NextItem('[', ']');
        }

        /// <summary>Whether the next value is a string.</summary>
        public bool IsString
        {
            get
            {
                SkipWhitespace();
                return _position < _json.Length && _json[_position] == '"';
            }
        }

        /// <summary>Reads a string value (null for a JSON null).</summary>
        /// <returns>The string.</returns>
        public string? ReadNullableString()
        {
            SkipWhitespace();
            if (_json[_position] == 'n')
            {
                _position += 4;
                return null;
            }

            return ReadString();
        }

        /// <summary>Reads a string value.</summary>
        /// <returns>The string.</returns>
        public string ReadString()
        {
            SkipWhitespace();
            _position++; // '"'
            var builder = new global::System.Text.StringBuilder();
            while (true)
            {
                var start = _position;
                while (_json[_position] != '"' && _json[_position] != '\\')
                {
                    _position++;
                }

                builder.Append(_json, start, _position - start);
                if (_json[_position] == '"')
                {
                    _position++;
                    return builder.ToString();
                }

                var escape = _json[_position + 1];
                _position += 2;
                switch (escape)
                {
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u':
                        builder.Append((char)int.Parse(_json.Substring(_position, 4), global::System.Globalization.NumberStyles.HexNumber, global::System.Globalization.CultureInfo.InvariantCulture));
                        _position += 4;
                        break;
                    default: builder.Append(escape); break;
                }
            }
        }

        /// <summary>Reads true or false.</summary>
        /// <returns>The value.</returns>
        public bool ReadBoolean()
        {
            SkipWhitespace();
            var value = _json[_position] == 't';
            _position += value ? 4 : 5;
            return value;
        }

        /// <summary>Reads an integer.</summary>
        /// <returns>The value.</returns>
        public int ReadInt32()
        {
            return int.Parse(ReadRaw(), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Reads an array of strings.</summary>
        /// <returns>The strings, read-only.</returns>
        public global::System.Collections.Generic.IReadOnlyList<string> ReadStrings()
        {
            var items = new global::System.Collections.Generic.List<string>();
            while (NextElement())
            {
                items.Add(ReadString());
            }

            return new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(items.ToArray());
        }

        /// <summary>Reads an object of string values (a value of another kind as its JSON).</summary>
        /// <returns>The properties, read-only, in an ordinal dictionary.</returns>
        public global::System.Collections.Generic.IReadOnlyDictionary<string, string> ReadStringMap()
        {
            var map = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);
            string name;
            while (NextProperty(out name))
            {
                map[name] = IsString ? ReadString() : ReadRaw(); // a nested value (metadata: {tags: [a, b]}) as its JSON
            }

            return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(map);
        }

        /// <summary>Reads any value and returns its JSON text as written.</summary>
        /// <returns>The value's JSON.</returns>
        public string ReadRaw()
        {
            SkipWhitespace();
            var start = _position;
            Skip();
            return _json.Substring(start, _position - start);
        }

        /// <summary>Reads a settings JSON object: each property goes to <paramref name="read"/>, and one it does not take is skipped.</summary>
        /// <param name="json">The object, as AgentGen writes it.</param>
        /// <param name="read">Reads the value of the property it is given and returns true, or returns false and reads nothing.</param>
        public static void ReadProperties(string json, global::System.Func<string, AgentJsonReader, bool> read)
        {
            var reader = new AgentJsonReader(json);
            string key;
            while (reader.NextProperty(out key))
            {
                if (!read(key, reader))
                {
                    reader.Skip();
                }
            }
        }

        /// <summary>Skips any value.</summary>
        public void Skip()
        {
            SkipWhitespace();
            var c = _json[_position];
            if (c == '"')
            {
                ReadString();
            }
            else if (c == '{' || c == '[')
            {
                var depth = 0;
                do
                {
                    c = _json[_position];
                    if (c == '"')
                    {
                        ReadString();
                        continue;
                    }

                    depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
                    _position++;
                }
                while (depth > 0);
            }
            else
            {
                while (_position < _json.Length && _json[_position] != ',' && _json[_position] != '}' && _json[_position] != ']')
                {
                    _position++;
                }
            }
        }

        private bool NextItem(char open, char close)
        {
            SkipWhitespace();
            if (_json[_position] == open)
            {
                _position++;
                SkipWhitespace();
                if (_json[_position] != close)
                {
                    return true;
                }
            }
            else if (_json[_position] == ',')
            {
                _position++;
                return true;
            }

            _position++; // the closing bracket
            return false;
        }

        private void SkipWhitespace()
        {
            while (_position < _json.Length && (_json[_position] == ' ' || _json[_position] == '\n' || _json[_position] == '\r' || _json[_position] == '\t'))
            {
                _position++;
            }
        }
    }
}
