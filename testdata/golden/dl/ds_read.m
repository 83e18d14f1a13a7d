% imageDatastore on the example image set: listing, labels, reads, splits.
imds = imageDatastore('../../../scripts/path_to_your_image_folder', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');
n = numel(imds.Files)
[~, name, ext] = fileparts(imds.Files{18})
imds.ReadSize
categories(imds.Labels)
countEachLabel(imds)
[img, info] = read(imds);
size(img)
class(img)
[~, name] = fileparts(info.Filename)
char(info.Label)
imds.ReadSize = 4;
batch = read(imds);
size(batch)
reset(imds)
hasdata(imds)
[train, val] = splitEachLabel(imds, 0.75);
countEachLabel(val)
numel(train.Files) + numel(val.Files)
rng(0)
s = shuffle(imds);
isequal(sort(s.Files), imds.Files)
numpartitions(imds)
