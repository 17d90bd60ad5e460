// The types of protocol.mjs, which is plain JavaScript so that the sync server can run it.
export declare const ACCESS_MAP: string;
export declare const READ_TOKEN_HASH: string;
export declare function readTokenHashIn(access: { get(key: string): unknown }): string | undefined;
export declare const DOCUMENT_NAME: RegExp;
export declare const FILE_DOCUMENT_INFIX: string;
export declare const FILE_SLOT: RegExp;
export declare function isServedDocumentName(name: string): boolean;
