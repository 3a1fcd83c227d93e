import { checkSync, initCheckers } from '../../generator/check/index.js';
import { maskParameterDigits } from '../../generator/check/wrap.js';

beforeAll(async () => {
  await initCheckers();
});

describe('PowerShell parameter names with digits (a tree-sitter-powershell gap)', () => {
  test('digits in parameter tokens are masked, strings, here-strings and comments are not', () => {
    expect(maskParameterDigits("Get-MgX -ChatMessageId1 'a-Id2' -OAuth2X \"-B3\" # -C4\n<# -D5 #> -E6")).toBe(
      "Get-MgX -ChatMessageIdx 'a-Id2' -OAuthxX \"-B3\" # -C4\n<# -D5 #> -Ex",
    );
    expect(maskParameterDigits("$x = @'\n -Id2 stays\n'@\nGet-MgX -Id2 1 -Top 10 -Skip -5")).toBe("$x = @'\n -Id2 stays\n'@\nGet-MgX -Idx 1 -Top 10 -Skip -5");
  });

  test('cmdlets whose parameter names hold digits are valid, with places unchanged', () => {
    expect(checkSync('powershell', "Get-MgBetaTeamChannelMessageReply -TeamId 'a' -ChatMessageId '1' -ChatMessageId1 '2'").findings).toEqual([]);
    expect(checkSync('powershell', 'Get-MgBetaOAuth2PermissionGrant -OAuth2PermissionGrantId $oAuth2PermissionGrantId').findings).toEqual([]);
    const broken = checkSync('powershell', "Get-MgX -ChatMessageId1 'a\n$params = @{");
    expect(broken.valid).toBe(false);
  });
});
