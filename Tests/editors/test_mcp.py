"""`formcheck mcp` end to end with the official Python MCP client SDK."""
import json
import pathlib
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import BINARY, seed_text  # noqa: E402


async def call(tool: str, arguments: dict):
    async with stdio_client(StdioServerParameters(command=BINARY, args=["mcp"])) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            if tool == "tools/list":
                return await session.list_tools()
            return await session.call_tool(tool, arguments)


async def test_lists_the_four_tools():
    result = await call("tools/list", {})
    assert sorted(tool.name for tool in result.tools) == ["allowed_values", "explain_rule", "fix_page", "lint_page"]
    lint = next(tool for tool in result.tools if tool.name == "lint_page")
    assert lint.input_schema["required"] == ["text"]


async def test_lint_the_seed_page_and_a_defect():
    clean = seed_text()
    result = await call("lint_page", {"text": clean, "path": "content/leg-up-hamstring-stretch.md"})
    assert not result.is_error
    report = json.loads(result.content[0].text)
    assert report["findings"] == []
    assert report["summary"]["files"] == 1

    result = await call("lint_page", {"text": clean.replace("**Difficulty:** Beginner", "**Difficulty:** Expert")})
    findings = json.loads(result.content[0].text)["findings"]
    assert [(f["rule"], f["range"]["start"]["line"], f["range"]["start"]["column"]) for f in findings] == [("difficulty-value", 11, 19)]


async def test_fix_a_page():
    clean = seed_text()
    defect = clean.replace("**Difficulty:** Beginner", "**Difficulty:** beginner")
    result = await call("fix_page", {"text": defect})
    assert not result.is_error
    fixed = json.loads(result.content[0].text)
    assert fixed["text"] == clean
    assert fixed["applied"] == ["difficulty-value"]
    assert "-- **Difficulty:** beginner\n+- **Difficulty:** Beginner\n" in fixed["diff"]


async def test_unknown_rule_is_a_tool_error():
    result = await call("explain_rule", {"rule": "difficulty-valu"})
    assert result.is_error
    assert result.content[0].text == "no rule 'difficulty-valu' in pack 'exercise'; did you mean 'difficulty-value'?"
