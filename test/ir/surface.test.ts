/**
 * The SDK surface model (generator/ir/surface.ts): which path + method the kiota SDKs have, decided
 * from a small CSDL with the capability annotations and shapes of the rules, one request per rule
 * and its neighbours that must not be refused. Then the render stage's refusal and the
 * additional-data move of parameters the SDKs lack.
 */
import { VFile } from 'vfile';
import { buildRequest } from '../../generator/ir/index.js';
import { resolveRequest } from '../../generator/ir/resolve.js';
import { fitBodyToSdk, sdkSurfaceGap, withRemovedParametersAsAdditionalData } from '../../generator/ir/surface.js';
import type { TypedRequest } from '../../generator/ir/typed.js';
import { KIOTA_LANGUAGE_IDS } from '../../generator/languages/index.js';
import { renderSnippet } from '../../generator/render/render.js';
import { readCapabilities, readCsdl } from '../../generator/schema/csdl.js';
import { Schema } from '../../generator/schema/schema.js';
import { rawFromText } from '../support/raw.js';

const CSDL = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
      <EntityType Name="directoryObject" BaseType="graph.entity" />
      <EntityType Name="user" BaseType="graph.directoryObject">
        <NavigationProperty Name="calendar" Type="graph.calendar" ContainsTarget="true" />
        <NavigationProperty Name="followedSites" Type="Collection(graph.site)" />
        <NavigationProperty Name="activities" Type="Collection(graph.userActivity)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="calendar" BaseType="graph.entity"><Property Name="name" Type="Edm.String" /></EntityType>
      <EntityType Name="site" BaseType="graph.entity"><Property Name="logo" Type="Edm.Stream" /><NavigationProperty Name="lists" Type="Collection(graph.list)" ContainsTarget="true" /></EntityType>
      <EntityType Name="list" BaseType="graph.entity" />
      <EntityType Name="userActivity" BaseType="graph.entity"><NavigationProperty Name="historyItems" Type="Collection(graph.activityHistoryItem)" ContainsTarget="true" /></EntityType>
      <EntityType Name="activityHistoryItem" BaseType="graph.entity"><Property Name="status" Type="Edm.String" /></EntityType>
      <EntityType Name="servicePrincipal" BaseType="graph.directoryObject"><NavigationProperty Name="synchronization" Type="graph.synchronization" ContainsTarget="true" /></EntityType>
      <EntityType Name="synchronization" BaseType="graph.entity" />
      <EntityType Name="team" BaseType="graph.entity"><NavigationProperty Name="schedule" Type="graph.schedule" ContainsTarget="true" /></EntityType>
      <EntityType Name="schedule" BaseType="graph.entity"><NavigationProperty Name="offerShiftRequests" Type="Collection(graph.offerShiftRequest)" ContainsTarget="true" /></EntityType>
      <EntityType Name="scheduleChangeRequest" BaseType="graph.entity" Abstract="true" />
      <EntityType Name="offerShiftRequest" BaseType="graph.scheduleChangeRequest" />
      <EntityType Name="workbookNamedItem" BaseType="graph.entity" />
      <EntityType Name="workbookRange" BaseType="graph.entity">
        <NavigationProperty Name="format" Type="graph.workbookRangeFormat" ContainsTarget="true" />
        <NavigationProperty Name="sort" Type="graph.workbookRangeSort" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="workbookRangeFormat" BaseType="graph.entity"><NavigationProperty Name="borders" Type="Collection(graph.workbookRangeBorder)" ContainsTarget="true" /></EntityType>
      <EntityType Name="workbookRangeBorder" BaseType="graph.entity" />
      <EntityType Name="workbookRangeSort" BaseType="graph.entity" />
      <EntityType Name="driveItem" BaseType="graph.entity">
        <Property Name="content" Type="Edm.Stream" />
        <NavigationProperty Name="children" Type="Collection(graph.driveItem)" ContainsTarget="true" />
        <NavigationProperty Name="permissions" Type="Collection(graph.permission)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="permission" BaseType="graph.entity" />
      <Action Name="approve" IsBound="true"><Parameter Name="bindingParameter" Type="graph.scheduleChangeRequest" /><Parameter Name="message" Type="Edm.String" /></Action>
      <Action Name="checkMemberGroups" IsBound="true"><Parameter Name="bindingParameter" Type="graph.directoryObject" /><Parameter Name="groupIds" Type="Collection(Edm.String)" /><ReturnType Type="Collection(Edm.String)" /></Action>
      <Function Name="range" IsBound="true" IsComposable="true"><Parameter Name="bindingParameter" Type="graph.workbookNamedItem" /><ReturnType Type="graph.workbookRange" /></Function>
      <Action Name="clear" IsBound="true"><Parameter Name="bindingParameter" Type="graph.workbookRange" /></Action>
      <Action Name="apply" IsBound="true"><Parameter Name="bindingParameter" Type="graph.workbookRangeSort" /></Action>
      <Action Name="restore" IsBound="true"><Parameter Name="bindingParameter" Type="graph.directoryObject" /><Parameter Name="newUserPrincipalName" Type="Edm.String" /><ReturnType Type="graph.directoryObject" /></Action>
      <Action Name="createUploadSession" IsBound="true"><Parameter Name="bindingParameter" Type="graph.driveItem" /><Parameter Name="item" Type="Edm.String" /><Parameter Name="deferCommit" Type="Edm.Boolean" /><ReturnType Type="Edm.String" /></Action>
      <EntityContainer Name="GraphService">
        <EntitySet Name="users" EntityType="graph.user" />
        <EntitySet Name="servicePrincipals" EntityType="graph.servicePrincipal" />
        <EntitySet Name="sites" EntityType="graph.site" />
        <EntitySet Name="teams" EntityType="graph.team" />
        <EntitySet Name="names" EntityType="graph.workbookNamedItem" />
        <EntitySet Name="driveItems" EntityType="graph.driveItem" />
        <Singleton Name="me" Type="graph.user" />
      </EntityContainer>
      <Annotations Target="microsoft.graph.user/calendar">
        <Annotation Term="Org.OData.Capabilities.V1.DeleteRestrictions"><Record><PropertyValue Property="Deletable" Bool="false" /></Record></Annotation>
      </Annotations>
      <Annotations Target="microsoft.graph.synchronization">
        <Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions"><Record><PropertyValue Property="UpdateMethod"><EnumMember>Org.OData.Capabilities.V1.HttpMethod/PUT</EnumMember></PropertyValue></Record></Annotation>
      </Annotations>
      <Annotations Target="graph.GraphService/sites">
        <Annotation Term="Org.OData.Capabilities.V1.InsertRestrictions"><Record><PropertyValue Property="Insertable" Bool="false" /></Record></Annotation>
      </Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`;

const schema = new Schema(readCsdl(CSDL, 'surface-v1.0.csdl'));

function typed(line: string, body?: string, against: Schema = schema): TypedRequest {
  const text = body === undefined ? line : `${line}\nContent-Type: application/json\n\n${body}`;
  const file = new VFile({ path: 'test.md', value: text });
  const ir = buildRequest(rawFromText(text), file);
  if (ir === null) throw new Error('no request');
  return resolveRequest(ir, against, file);
}

const base = 'https://graph.microsoft.com/v1.0';
/** The gap as [reason, message], or null. */
function gap(line: string, body?: string): [string, string] | null {
  const request = typed(line, body);
  expect(request.resolved).toBe(true);
  const found = sdkSurfaceGap(request, schema);
  expect(request.notInSdk ?? null).toEqual(found);
  return found === null ? null : [found.reason, found.message];
}

describe('readCapabilities', () => {
  test('reads the restrictions the SDK surface depends on, and only those', () => {
    const raw = `
      <Annotation Term="Org.OData.Capabilities.V1.ReadRestrictions"><Record>
        <PropertyValue Property="Readable" Bool="true" />
        <PropertyValue Property="ReadByKeyRestrictions"><Record><PropertyValue Property="Readable" Bool="false" /></Record></PropertyValue>
      </Record></Annotation>
      <Annotation Term="Org.OData.Capabilities.V1.UpdateRestrictions"><Record>
        <PropertyValue Property="Updatable" Bool="true" />
        <PropertyValue Property="UpdateMethod"><EnumMember>Org.OData.Capabilities.V1.HttpMethod/PUT</EnumMember></PropertyValue>
      </Record></Annotation>
      <Annotation Term="Org.OData.Capabilities.V1.DeleteRestrictions"><Record><PropertyValue Property="Deletable" Bool="false" /></Record></Annotation>
      <Annotation Term="Org.OData.Core.V1.Description" String="Deletable" />`;
    expect(readCapabilities(raw)).toEqual({ readable: true, readableByKey: false, updatable: true, updateMethod: 'PUT', deletable: false });
    expect(readCapabilities('<Annotation Term="Org.OData.Core.V1.Description" String="x" />')).toBeNull();
  });

  test('the CSDL reader keys them by target with full names (aliases resolved)', () => {
    expect(schema.model.capabilities).toEqual({
      'microsoft.graph.user/calendar': { deletable: false },
      'microsoft.graph.synchronization': { updateMethod: 'PUT' },
      'microsoft.graph.GraphService/sites': { insertable: false },
    });
  });
});

describe('sdkSurfaceGap', () => {
  test('method: DeleteRestrictions on a navigation property', () => {
    expect(gap(`DELETE ${base}/me/calendar`)).toEqual([
      'method',
      "DELETE /me/calendar: the SDKs' request builder has no delete (it has: GET, PATCH): the CSDL annotates microsoft.graph.user/calendar with DeleteRestrictions/Deletable=false",
    ]);
    expect(gap(`PATCH ${base}/me/calendar`, '{"name": "Work"}')).toBeNull();
    expect(gap(`GET ${base}/me/calendar`)).toBeNull();
  });

  test('method: PUT only where UpdateMethod says so (on the entity type), PATCH elsewhere', () => {
    expect(gap(`PUT ${base}/me/activities/{id}/historyItems/{id}`, '{"status": "x"}')).toEqual([
      'method',
      "PUT /me/activities/{userActivity-id}/historyItems/{activityHistoryItem-id}: the SDKs' request builder has no put (it has: DELETE, GET, PATCH): updates are PATCH (no UpdateRestrictions/UpdateMethod=PUT on this path or its entity type)",
    ]);
    expect(gap(`PATCH ${base}/me/activities/{id}/historyItems/{id}`, '{"status": "x"}')).toBeNull();
    expect(gap(`PUT ${base}/users/{id}`, '{}')?.[0]).toBe('method');
    // A single-valued navigation is not judged for PUT (the SDK pipeline adds PUT to some).
    expect(gap(`PUT ${base}/servicePrincipals/{id}/synchronization`, '{}')).toBeNull();
    expect(gap(`PATCH ${base}/servicePrincipals/{id}/synchronization`, '{}')?.[1]).toContain(
      'updates are PUT (the CSDL annotates microsoft.graph.synchronization with UpdateRestrictions/UpdateMethod=PUT)',
    );
  });

  test('method: InsertRestrictions on an entity set', () => {
    expect(gap(`POST ${base}/sites`, '{}')?.[1]).toBe(
      "POST /sites: the SDKs' request builder has no post (it has: GET): the CSDL annotates microsoft.graph.GraphService/sites with InsertRestrictions/Insertable=false",
    );
    expect(gap(`POST ${base}/users`, '{}')).toBeNull();
  });

  test('method: a non-contained navigation property is only read', () => {
    expect(gap(`POST ${base}/me/followedSites`, '{}')?.[1]).toBe(
      "POST /me/followedSites: the SDKs' request builder has no post (it has: GET): 'followedSites' is a non-contained navigation property: the SDKs only read it (GET); links to it are added and removed through …/followedSites/$ref",
    );
    expect(gap(`DELETE ${base}/me/followedSites/{id}`)?.[0]).toBe('method');
    expect(gap(`GET ${base}/me/followedSites/{id}`)).toBeNull();
    expect(gap(`DELETE ${base}/me/followedSites/{id}/$ref`)).toBeNull();
  });

  test('below-non-contained: no navigation below a non-contained target', () => {
    expect(gap(`GET ${base}/me/followedSites/{id}/lists`)).toEqual([
      'below-non-contained',
      "/me/followedSites/{site-id}/lists: the SDKs have no request builder for 'lists' below 'followedSites', a non-contained navigation property (the SDKs' OpenAPI does not expand the navigation properties of a non-contained target; address the entity through its own path)",
    ]);
    expect(gap(`GET ${base}/sites/{id}/lists`)).toBeNull();
    // Stream and structural properties are made below a non-contained target.
    expect(gap(`GET ${base}/me/followedSites/{id}/logo`)).toBeNull();
  });

  test("below-non-contained: Microsoft's metadata pipeline removes the containment of some navigation properties", () => {
    // driveItem/children is contained in the served CSDL; the SDKs have nothing below children/{id} but its content.
    expect(gap(`GET ${base}/driveItems/{id}/children/{id}/permissions`)?.[1]).toContain(
      "'children', a non-contained navigation property for the SDKs (Microsoft's metadata pipeline removes its containment)",
    );
    expect(gap(`GET ${base}/driveItems/{id}/children/{id}/content`)).toBeNull();
    // Its methods are not judged (the SDKs keep POST on children).
    expect(gap(`POST ${base}/driveItems/{id}/children`, '{}')).toBeNull();
    expect(gap(`GET ${base}/driveItems/{id}/permissions`)).toBeNull();
  });

  test('below-function: one navigation below a composable function, operations only after an operation', () => {
    expect(gap(`GET ${base}/names/{id}/range/format`)).toBeNull();
    expect(gap(`POST ${base}/names/{id}/range/clear`)).toBeNull();
    expect(gap(`GET ${base}/names/{id}/range/format/borders`)).toEqual([
      'below-function',
      "/names/{workbookNamedItem-id}/range/format/borders: the SDKs have no request builder for 'borders' below the composable function 'range' (the SDKs' OpenAPI adds one navigation property below a composable function, and operations only right after an operation)",
    ]);
    expect(gap(`POST ${base}/names/{id}/range/sort/apply`)?.[0]).toBe('below-function');
  });

  test('method: a stream is read with GET and written with PUT', () => {
    expect(gap(`PATCH ${base}/driveItems/{id}/content`, '[{"target": "body"}]')?.[1]).toBe(
      "PATCH /driveItems/{driveItem-id}/content: the SDKs' request builder has no patch (it has: DELETE, GET, PUT): a stream is read with GET and written with PUT",
    );
    expect(gap(`GET ${base}/driveItems/{id}/content`)).toBeNull();
  });

  test('method: a function result is read with GET only', () => {
    expect(gap(`PATCH ${base}/names/{id}/range`, '{}')?.[1]).toBe(
      "PATCH /names/{workbookNamedItem-id}/range: the SDKs' request builder has no patch (it has: GET): 'range' is a function: the SDKs call it with GET and have no other method on its result",
    );
  });

  test('derived-binding: a base type operation reaches a derived type only when an entity set or singleton has it', () => {
    expect(gap(`POST ${base}/teams/{id}/schedule/offerShiftRequests/{id}/approve`, '{"message": "ok"}')).toEqual([
      'derived-binding',
      "/teams/{team-id}/schedule/offerShiftRequests/{offerShiftRequest-id}/approve: the SDKs have no 'approve' on microsoft.graph.offerShiftRequest: the action is bound to its base type microsoft.graph.scheduleChangeRequest, and the SDKs' OpenAPI adds base-type operations to a derived type only when an entity set or singleton has that type",
    ]);
    // user derives from directoryObject and is the type of `users` and `me`.
    expect(gap(`POST ${base}/users/{id}/checkMemberGroups`, '{"groupIds": ["a"]}')).toBeNull();
    expect(gap(`POST ${base}/me/checkMemberGroups`, '{"groupIds": ["a"]}')).toBeNull();
  });

  test('nothing is judged against a model that says it is incomplete', () => {
    const incomplete = new Schema({ ...readCsdl(CSDL, 'surface-v1.0.csdl'), unknownFacts: ['operations'] });
    const request = typed(`DELETE ${base}/me/calendar`, undefined, incomplete);
    expect(sdkSurfaceGap(request, incomplete)).toBeNull();
    expect(request.notInSdk).toBeUndefined();
  });
});

describe('rendering', () => {
  test('the kiota targets refuse with render:not-in-sdk at the step; the others still print', () => {
    const request = typed(`DELETE ${base}/me/calendar`);
    for (const language of KIOTA_LANGUAGE_IDS) {
      const snippet = renderSnippet(language, request);
      expect(snippet.code).toBeNull();
      expect(snippet.issues.map((i) => [i.ruleId, i.place.column])).toEqual([['render:not-in-sdk', 44]]);
      expect(snippet.issues[0]!.message.startsWith(`${language}: DELETE /me/calendar: `)).toBe(true);
    }
    expect(renderSnippet('javascript', request).code).toContain(".api('/me/calendar')");
  });

  test('a parameter the SDKs lack (createUploadSession deferCommit) moves to additional data, once', () => {
    const request = typed(`POST ${base}/driveItems/{id}/createUploadSession`, '{"deferCommit": true}');
    const { request: sendable, moved } = withRemovedParametersAsAdditionalData(request);
    expect(moved.map((p) => p.name)).toEqual(['deferCommit']);
    const value = sendable.body?.kind === 'json' ? sendable.body.value : null;
    expect(value?.kind === 'parameters' ? [value.properties.length, value.additionalData.map((a) => [a.key, a.value])] : null).toEqual([
      0,
      [['deferCommit', { kind: 'boolean', value: true, place: expect.anything() }]],
    ]);
    expect(withRemovedParametersAsAdditionalData(sendable).moved).toEqual([]);
    const python = renderSnippet('python', request);
    expect(python.code).toContain('additional_data = {\n        "deferCommit": True,\n    },');
    expect(python.issues.map((i) => i.ruleId)).toEqual(['render:parameter-as-additional-data']);
  });

  test("the body is fitted to the executor's signature: none for an action without parameters, an empty one where required", () => {
    const clear = typed(`POST ${base}/names/{id}/range/clear`, '{}');
    expect(fitBodyToSdk(clear)).toMatchObject({ request: { body: null }, ruleId: 'render:body-ignored' });
    const python = renderSnippet('python', clear);
    expect(python.code).toContain('.range.clear.post()');
    expect(python.issues.map((i) => [i.ruleId, i.message])).toEqual([
      ['render:body-ignored', "python: the schema declares no parameters for 'clear': the SDK's post takes no body, and the request's body is left out"],
    ]);

    const check = typed(`POST ${base}/users/{id}/checkMemberGroups`);
    const added = fitBodyToSdk(check);
    expect(added?.ruleId).toBe('render:body-added');
    expect(added?.request.body).toMatchObject({ kind: 'json', value: { kind: 'parameters', operation: 'microsoft.graph.checkMemberGroups', properties: [] } });
    expect(renderSnippet('python', check).code).toContain('request_body = CheckMemberGroupsPostRequestBody()');

    const patch = typed(`PATCH ${base}/me/calendar`);
    expect(fitBodyToSdk(patch)?.request.body).toMatchObject({ kind: 'json', value: { kind: 'object', type: 'microsoft.graph.calendar', properties: [] } });
    expect(renderSnippet('java', patch).code).toContain('Calendar calendar = new Calendar();');

    // A body that fits is left alone, and the other targets print the request as written.
    expect(fitBodyToSdk(typed(`POST ${base}/users/{id}/checkMemberGroups`, '{"groupIds": ["a"]}'))).toBeNull();
    expect(renderSnippet('javascript', clear).code).toContain('.post(clear)');
  });

  test("an action whose parameters Microsoft's pipeline all removes: no body, and parameters in the body are refused", () => {
    const bare = typed(`POST ${base}/users/{id}/restore`);
    expect(fitBodyToSdk(bare)).toBeNull();
    expect(renderSnippet('python', bare).code).toContain('.restore.post()');
    const empty = typed(`POST ${base}/users/{id}/restore`, '{}');
    expect(fitBodyToSdk(empty)?.ruleId).toBe('render:body-ignored');
    const named = typed(`POST ${base}/users/{id}/restore`, '{"newUserPrincipalName": "a@b.c"}');
    const go = renderSnippet('go', named);
    expect(go.code).toBeNull();
    expect(go.issues.map((i) => [i.ruleId, i.message])).toEqual([
      [
        'render:not-in-sdk',
        "go: restore: the SDKs' post takes no body (Microsoft's metadata pipeline removes every parameter of 'restore': newUserPrincipalName), so the request's parameters cannot be sent",
      ],
    ]);
  });
});
