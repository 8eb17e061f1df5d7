export declare function outsideSharedRefs(root: string, file: string, text: string, exists?: (absolute: string) => boolean): { line: number; ref: string }[];
