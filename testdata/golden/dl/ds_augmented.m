% augmentedImageDatastore and imageDataAugmenter: display, mini-batch reads.
imds = imageDatastore('../../../scripts/path_to_your_image_folder', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');
aug = imageDataAugmenter('RandXReflection', true, 'RandRotation', [-10 10])
auimds = augmentedImageDatastore([224 224], imds)
auimds.MiniBatchSize = 16;
rng(0)
t = read(auimds);
size(t)
t.Properties.VariableNames
size(t.input{1})
class(t.input{1})
char(t.response(1))
batches = 1;
while hasdata(auimds)
    t = read(auimds);
    batches = batches + 1;
end
batches
augmented = augmentedImageDatastore([64 64], imds, 'DataAugmentation', aug, 'ColorPreprocessing', 'rgb2gray');
augmented.NumObservations
t = read(augmented);
size(t.input{5})
