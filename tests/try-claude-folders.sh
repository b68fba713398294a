#!/bin/bash
# Tries AgentGen on real projects the way a new user would: for each folder under $1 that has a .claude folder (copies
# of public repositories, say), it makes a scratch console app beside a copy of that .claude folder (symlinks kept),
# references AgentGen and the Agent Framework, builds it, and runs it: the app lists the skills and commands, renders
# each one, and makes the Agent Framework skills. One line per project goes to $2/results.txt, with any compiler,
# analyzer-crash or MSBuild error under it; each build's log is $2/<project>/build.log.
#
#   bash tests/try-claude-folders.sh /tmp/wild /tmp/userproj
#
# Nothing from the projects is built or run: only their Markdown is read, by AgentGen.
set -u
source_root=${1:?folder of projects}; out_root=${2:-/tmp/agentgen-try}
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out_root"; results=$out_root/results.txt; : > "$results"
for project in "$source_root"/*/; do
  name=$(basename "$project")
  [ -e "$project/.claude" ] || { echo "$name: no .claude folder" >> "$results"; continue; }
  dir=$out_root/$name; rm -rf "$dir"; mkdir -p "$dir"
  cp -a "$project/.claude" "$dir/.claude"
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/AgentGen/build/AgentGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>App</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Agents.AI" Version="1.28.0" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.15" />
    <ProjectReference Include="$repo/src/AgentGen/AgentGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/AgentGen/build/AgentGen.targets" />
</Project>
XML
  cat > "$dir/Program.cs" <<'CS'
using App.Agents;
var offered = AgentSkills.All();
foreach (var skill in SkillCatalog.All)
{
    _ = skill.Render("first second");
    _ = skill.Metadata;
    _ = skill.TypedAllowedTools;
}

System.Console.WriteLine($"skills and commands {SkillCatalog.All.Count}, offered to a model {offered.Length}");
CS
  log=$dir/build.log
  dotnet build "$dir/App.csproj" -v q -nologo -clp:NoSummary > "$log" 2>&1; status=$?
  ran=""; [ $status -eq 0 ] && ran=$(dotnet "$dir/bin/Debug/net10.0/App.dll" 2>&1 | tail -3 | tr '\n' ' ')
  rules=$(grep -oE "(warning|error|info) AGEN[0-9]+" "$log" | sort -u | awk '{print $2}' | tr '\n' ' ')
  echo "$name: build exit $status | $ran| $rules" >> "$results"
  grep -E "error (CS|AD|MSB|NU)|warning (CS|AD)[0-9]" "$log" | sort -u | head -5 | sed 's/^/    /' >> "$results"
done
cat "$results"
